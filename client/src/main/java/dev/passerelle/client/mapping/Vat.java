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
        String normalised = vatNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return normalised.isEmpty() ? null : normalised;
    }
}
