package dev.passerelle.contracttests.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The published contract as the stubs jar carries it: the WSDL at
 * {@code META-INF/passerelle/wsdl/passerelle-v1.wsdl} and every schema file it reaches through
 * {@code xs:import} and {@code xs:include}. Stateless.
 */
public final class ContractFiles {

    /** The one namespace of contract version 1. */
    public static final String NAMESPACE = "urn:passerelle:erp:v1";

    static final String WSDL_RESOURCE = "META-INF/passerelle/wsdl/passerelle-v1.wsdl";

    private ContractFiles() {
    }

    /** Where the published WSDL is on the class path. */
    public static URL wsdl() {
        URL url = ContractFiles.class.getClassLoader().getResource(WSDL_RESOURCE);
        if (url == null) {
            throw new IllegalStateException(WSDL_RESOURCE + " is not on the class path: is passerelle-contract built?");
        }
        return url;
    }

    /** The schema the WSDL imports, which gathers the whole contract. */
    public static URL rootSchema() {
        return schemaFiles().get(0);
    }

    /** Every schema file reachable from the WSDL's types, the imported root first. */
    public static List<URL> schemaFiles() {
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> pending = new ArrayDeque<>(schemaReferences(SecureXml.parse(wsdl())));
        while (!pending.isEmpty()) {
            URI next = pending.removeFirst();
            if (seen.add(next)) {
                pending.addAll(schemaReferences(SecureXml.parse(toUrl(next))));
            }
        }
        return seen.stream().map(ContractFiles::toUrl).toList();
    }

    /** The file name at the end of a contract URL, such as {@code passerelle-v1-sync.xsd}. */
    public static String fileName(URL url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<URI> schemaReferences(Document document) {
        URI base = URI.create(document.getDocumentURI());
        return Dom.descendants(document, Dom.XSD, "import", "include").stream()
                .map(reference -> reference.getAttribute("schemaLocation"))
                .filter(location -> !location.isEmpty())
                .map(location -> resolve(base, location))
                .toList();
    }

    private static URI resolve(URI base, String location) {
        // jar: URIs are opaque, so relative resolution goes through java.net.URL.
        try {
            return new URL(base.toURL(), location).toURI();
        } catch (java.net.MalformedURLException | URISyntaxException e) {
            throw new IllegalStateException("bad schemaLocation " + location + " in " + base, e);
        }
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The global element declarations of the contract's schema files, by local name. */
    public static Set<String> globalElementNames() {
        Set<String> names = new LinkedHashSet<>();
        for (URL file : schemaFiles()) {
            for (Element element : Dom.children(SecureXml.parse(file).getDocumentElement(), Dom.XSD, "element")) {
                names.add(element.getAttribute("name"));
            }
        }
        return names;
    }
}
