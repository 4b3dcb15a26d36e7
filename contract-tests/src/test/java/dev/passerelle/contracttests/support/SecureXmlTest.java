package dev.passerelle.contracttests.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The kit parses what endpoints send it: no DTD, no external entity, ever. */
class SecureXmlTest {

    @Test
    void documentDeclaringAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";

        assertThatThrownBy(() -> SecureXml.parse(xxe))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void plainNamespacedDocumentIsParsedNamespaceAware() {
        assertThat(SecureXml.parse("<p:a xmlns:p=\"urn:passerelle:erp:v1\"/>").getDocumentElement().getNamespaceURI())
                .isEqualTo(ContractFiles.NAMESPACE);
    }
}
