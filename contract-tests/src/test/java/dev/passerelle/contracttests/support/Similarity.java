package dev.passerelle.contracttests.support;

import org.assertj.core.api.Assertions;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * XMLUnit comparison the way the contract tests mean "the same message": similar (namespace prefixes
 * and declarations may differ), ignoring whitespace between elements and comments; element order,
 * names, attributes and text must match. Stateless.
 */
public final class Similarity {

    private Similarity() {
    }

    /** The differences between two nodes, empty when they are similar. */
    public static Diff diff(Node expected, Node actual) {
        return DiffBuilder.compare(Input.fromNode(expected))
                .withTest(Input.fromNode(actual))
                .ignoreWhitespace()
                .ignoreComments()
                .checkForSimilar()
                .build();
    }

    /** Fails with XMLUnit's description of the first differences when the two are not similar. */
    public static void assertSimilar(String what, Node expected, Node actual) {
        Diff diff = diff(expected, actual);
        Assertions.assertThat(diff.hasDifferences())
                .as("%s is not similar: %s", what, diff.fullDescription())
                .isFalse();
    }
}
