package dev.passerelle.client.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When two words are one edit apart, how alike two company names are, and that names with a word
 * alike always share a bit of their sketches, as grids of cases.
 */
class NamesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "FROMAGERIE, FROMAGERIES, true",
            "FROMAGERIES, FROMAGERIE, true",
            "BCDEF, ABCDEF, true",
            "ABCDEF, ABCDE, true",
            "ABXDEF, ABCDEF, true",
            "DUPONT, DUPOND, true",
            "ABCDE, XBCDE, true",
            "ABCDE, ABCDE, true",
            "ABCDE, ABCED, false",
            "ABCDE, ABXDY, false",
            "ACDEF, ABCDEG, false",
            "ABCDEF, ABDCEFG, false",
    })
    void wordsAreOneEditApartOnlyWhenOneInsertDeleteOrReplaceMakesThemEqual(String one, String other, boolean apart) {
        assertThat(Names.oneEditApart(one, other)).isEqualTo(apart);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "'Fromagerie Dupont SARL', 'Fromageries Dupont', 1.0",
            "'Hôtel de la Gare', 'HOTEL GARE', 1.0",
            "'Martin & Fils', 'Martin Frères', 0.3333333333333333",
            "'Atelier Bleu', 'Boulangerie Rouge', 0.0",
            "'SA', 'Bleu', 0.0",
    })
    void namesAreAsAlikeAsTheShareOfTheirWordsInCommon(String one, String other, double similarity) {
        assertThat(Names.similarity(one, other)).isEqualTo(similarity);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "'Fromagerie Dupont SARL', 'Fromageries Martin'",
            "'Xfromagerie', 'Fromagerie'",
            "'Fromagerie', 'Fromagerix'",
            "'Hôtel de la Gare', 'HOTEL'",
            "'Le Bon Pain', 'Bon'",
            "'Atelier', 'Ateliers Réunis'",
            "'ABCDE Conseil', 'XBCDE'",
            "'ABCDE Conseil', 'ABCDX'",
    })
    void namesWithAWordAlikeShareABitOfTheirSketches(String one, String other) {
        assertThat(Names.similarity(one, other)).isPositive();

        assertThat(Names.mayShareAWord(Names.sketch(Names.words(one)), Names.sketch(Names.words(other)))).isTrue();
    }
}
