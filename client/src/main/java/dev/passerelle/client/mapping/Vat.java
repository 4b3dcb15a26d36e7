package dev.passerelle.client.mapping;

import java.util.Locale;

/** VAT / tax numbers in the form used to match records at first sync: upper case, letters and digits only. */
public final class Vat {

    private Vat() {
    }

    public static String normalise(String vatNumber) {
        if (vatNumber == null) {
            return null;
        }
        // a loop, not a regular expression: diagnose normalises every account's number on each page
        String upper = vatNumber.toUpperCase(Locale.ROOT);
        StringBuilder normalised = new StringBuilder(upper.length());
        for (int at = 0; at < upper.length(); at++) {
            char letter = upper.charAt(at);
            if (letter >= 'A' && letter <= 'Z' || letter >= '0' && letter <= '9') {
                normalised.append(letter);
            }
        }
        return normalised.isEmpty() ? null : normalised.toString();
    }
}
