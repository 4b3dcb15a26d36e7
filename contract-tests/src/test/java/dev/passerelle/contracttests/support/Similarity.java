package dev.passerelle.contracttests.support;

import java.util.function.Predicate;
import org.assertj.core.api.Assertions;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelectors;

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

    /**
     * Like {@link #diff}, but elements are matched by name and {@code name} attribute wherever they
     * stand among their siblings, and the values of the attributes {@code ignored} accepts (such as
     * addresses a server rewrites) may differ.
     */
    public static Diff diffIgnoringOrderAnd(Node expected, Node actual, Predicate<Attr> ignored) {
        return DiffBuilder.compare(Input.fromNode(expected))
                .withTest(Input.fromNode(actual))
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAttributes("name")))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default,
                        (comparison, outcome) -> outcome == ComparisonResult.DIFFERENT
                                && comparison.getType() == ComparisonType.ATTR_VALUE
                                && comparison.getControlDetails().getTarget() instanceof Attr attribute
                                && ignored.test(attribute)
                                ? ComparisonResult.SIMILAR : outcome))
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
