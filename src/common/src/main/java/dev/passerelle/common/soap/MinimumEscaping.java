package dev.passerelle.common.soap;

import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.databinding.DataBinding;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.glassfish.jaxb.core.marshaller.MinimumEscapeHandler;

/**
 * Gives the JAXB marshallers of a CXF service the glassfish runtime's {@link MinimumEscapeHandler}
 * directly. CXF installs that same handler, but behind a reflective proxy (it looks the class up by
 * name because it cannot know which JAXB runtime is on the class path), so every text node of every
 * message went through {@code Method.invoke}. The bytes written are the same. Call it once, when the
 * service is set up (a message marshalled before it is written the same, only slower); stateless.
 */
public final class MinimumEscaping {

    /** The marshaller property under which the glassfish runtime takes its escape handler. */
    static final String ESCAPE_HANDLER = "org.glassfish.jaxb.characterEscapeHandler";

    private MinimumEscaping() {
    }

    /** Sets the handler on the data binding's marshaller properties, which CXF applies after its own. */
    public static void install(DataBinding binding) {
        if (!(binding instanceof JAXBDataBinding jaxb)) {
            throw new IllegalArgumentException("not a JAXB data binding: " + binding);
        }
        Map<String, Object> properties = jaxb.getMarshallerProperties() == null ? new HashMap<>()
                : new HashMap<>(jaxb.getMarshallerProperties());
        properties.put(ESCAPE_HANDLER, MinimumEscapeHandler.theInstance);
        jaxb.setMarshallerProperties(properties);
    }
}
