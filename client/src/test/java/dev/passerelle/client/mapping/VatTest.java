package dev.passerelle.client.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VAT numbers as matched: upper case, letters A to Z and digits only, nothing left meaning none, as a grid. */
class VatTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(value = {
            "'FR 40 303 265 045', FR40303265045",
            "'be0123.456.789', BE0123456789",
            "'de-123/456', DE123456",
            "'dé 12', D12",
            "'straße 1', STRASSE1",
            "' - . ', NULL",
            "'', NULL",
            "NULL, NULL",
    }, nullValues = "NULL")
    void aNumberKeepsItsLettersInUpperCaseAndItsDigits(String typed, String normalised) {
        assertThat(Vat.normalise(typed)).isEqualTo(normalised);
    }
}
