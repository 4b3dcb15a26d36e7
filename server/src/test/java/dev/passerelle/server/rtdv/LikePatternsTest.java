package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Martin      | Martin%",
        "50%         | 50!%%",
        "Martin_     | Martin!_%",
        "A[b]        | A![b]%",
        "Oui!        | Oui!!%"})
    void prefixesMatchTheirTextLiterallyWhateverTheWildcardsInIt(String text, String pattern) {
        assertThat(LikePatterns.startingWith(text)).isEqualTo(pattern);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "atlas | %atlas%",
        "0%    | %0!%%"})
    void searchesFindTheirTextAnywhere(String text, String pattern) {
        assertThat(LikePatterns.containing(text)).isEqualTo(pattern);
    }
}
