package dev.passerelle.contracttests.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tax and registration numbers of the golden data carry correct check digits, so that an
 * integrator's own VAT validation accepts the golden messages.
 */
class FixtureIdentifiersTest {

    static Stream<Arguments> vatNumbers() {
        return Stream.of(
                Arguments.of("French customer", Parties.LEMOINE_VAT),
                Arguments.of("French customer created by the CRM", Parties.PERRIN_VAT),
                Arguments.of("Belgian customer", Parties.VAN_DAMME_VAT));
    }

    static Stream<Arguments> siretNumbers() {
        return Stream.of(
                Arguments.of("French customer", Parties.LEMOINE_SIRET),
                Arguments.of("French customer created by the CRM", Parties.perrinAsSentByTheCrm().getSiret()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vatNumbers")
    void vatNumberHasTheCheckDigitsOfItsCountry(String party, String vatNumber) {
        assertThat(validVat(vatNumber)).as(vatNumber).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("siretNumbers")
    void siretPassesTheLuhnCheckAndStartsWithTheSirenOfTheVatNumber(String party, String siret) {
        assertThat(siret).hasSize(14).containsOnlyDigits();
        assertThat(luhn(siret)).as(siret).isTrue();
        assertThat(Stream.of(Parties.LEMOINE_VAT, Parties.PERRIN_VAT).map(vat -> vat.substring(4)))
                .contains(siret.substring(0, 9));
    }

    /** FR: key = (12 + 3 * (SIREN mod 97)) mod 97, SIREN Luhn-valid. BE: last two = 97 - (first eight mod 97). */
    private static boolean validVat(String vat) {
        String digits = vat.substring(2);
        switch (vat.substring(0, 2)) {
            case "FR" -> {
                long siren = Long.parseLong(digits.substring(2));
                return digits.length() == 11 && luhn(digits.substring(2))
                        && Integer.parseInt(digits.substring(0, 2)) == (12 + 3 * (siren % 97)) % 97;
            }
            case "BE" -> {
                long body = Long.parseLong(digits.substring(0, 8));
                return digits.length() == 10 && Integer.parseInt(digits.substring(8)) == 97 - body % 97;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
