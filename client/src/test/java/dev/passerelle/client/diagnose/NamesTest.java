package dev.passerelle.client.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When two words are one edit apart, how alike two company names are, and that names with a word
 * alike always share a bit of their sketches, and that a name cut at its ASCII punctuation first has
 * the words of the whole name worked out at once, as grids of cases.
 */
class NamesTest {

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"Fromagerie Dupont SARL", "Hôtel de l'Église", "Müller GmbH & Co. KG", "Straße 12-14",
            "Électricité;Nord", "Fernández-López S.L.", "Saint\u2013Michel", "A\u0301BC Conseil", "x \u0301y",
            "\u0149 Ltd", "\u212Aelvin", "a\u037Eb", "  ", "", "\uD835\uDC00 Math", "ÆØÅ Åsa"})
    void wordsAreThoseOfTheWholeNameNormalisedAtOnce(String name) {
        String unescaped = unescape(name);

        assertThat(Names.words(unescaped)).isEqualTo(wordsAtOnce(unescaped));
        assertThat(Names.words(unescaped)).isEqualTo(wordsAtOnce(unescaped));
    }

    /** The words as the whole name decomposed, stripped of marks, upper-cased and split gives them. */
    private static Set<String> wordsAtOnce(String name) {
        String unmarked = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String plain = unmarked.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").trim();
        Set<String> legalForms = Set.of("SARL", "GMBH", "CO", "KG", "DE", "LTD");
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !legalForms.contains(word))
                .collect(Collectors.toSet());
    }

    private static String unescape(String name) {
        StringBuilder text = new StringBuilder();
        for (int at = 0; at < name.length(); at++) {
            if (name.startsWith("\\u", at)) {
                text.append((char) Integer.parseInt(name.substring(at + 2, at + 6), 16));
                at += 5;
            } else {
                text.append(name.charAt(at));
            }
        }
        return text.toString();
    }

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
