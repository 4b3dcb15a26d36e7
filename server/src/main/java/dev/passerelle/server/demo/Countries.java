package dev.passerelle.server.demo;

import java.util.List;
import java.util.Random;

/** Countries of the demo ERP: cities, phone prefix, currency and a valid-looking VAT number format. */
enum Countries {
    FR("EUR", "+33", "NATIONAL", "FR", List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg", "Rennes", "Grenoble")),
    BE("EUR", "+32", "EU", "FR", List.of("Bruxelles", "Anvers", "Gand", "Liège", "Namur")),
    DE("EUR", "+49", "EU", "DE", List.of("Berlin", "München", "Hamburg", "Köln", "Frankfurt", "Stuttgart")),
    ES("EUR", "+34", "EU", "ES", List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao")),
    IT("EUR", "+39", "EU", "EN", List.of("Milano", "Roma", "Torino", "Bologna", "Napoli")),
    NL("EUR", "+31", "EU", "EN", List.of("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven")),
    GB("GBP", "+44", "EXPORT", "EN", List.of("London", "Manchester", "Birmingham", "Leeds", "Bristol")),
    CH("CHF", "+41", "EXPORT", "FR", List.of("Genève", "Lausanne", "Zürich", "Bâle"));

    final String currency;
    final String phonePrefix;
    final String accountingCategory;
    final String language;
    final List<String> cities;

    Countries(String currency, String phonePrefix, String accountingCategory, String language, List<String> cities) {
        this.currency = currency;
        this.phonePrefix = phonePrefix;
        this.accountingCategory = accountingCategory;
        this.language = language;
        this.cities = cities;
    }

    /** Mostly French, as the reference ERP's home market, then neighbours. */
    static Countries pick(Random random) {
        int draw = random.nextInt(100);
        if (draw < 55) {
            return FR;
        }
        Countries[] others = {BE, DE, ES, IT, NL, GB, CH};
        return others[(draw - 55) % others.length];
    }

    String postalCode(Random random) {
        return switch (this) {
            case FR, DE, ES, IT -> String.format("%05d", 1000 + random.nextInt(94000));
            case BE, CH -> String.valueOf(1000 + random.nextInt(8999));
            case NL -> (1000 + random.nextInt(8999)) + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            case GB -> "SW" + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9)) + "AB";
        };
    }

    /** A VAT number with the country's shape; French ones carry a correct key. */
    String vatNumber(Random random, long serial) {
        long nine = 100_000_000L + Math.floorMod(serial * 7919L + random.nextInt(1000), 899_999_999L);
        return switch (this) {
            case FR -> String.format("FR%02d%09d", (12 + 3 * (nine % 97)) % 97, nine);
            case BE -> "BE0" + nine;
            case DE -> "DE" + nine;
            case ES -> "ES" + (char) ('A' + random.nextInt(8)) + String.format("%07d", nine % 10_000_000) + (char) ('A' + random.nextInt(26));
            case IT -> String.format("IT%011d", nine * 10 + random.nextInt(10));
            case NL -> "NL" + nine + "B01";
            case GB -> "GB" + nine;
            case CH -> String.format("CHE-%03d.%03d.%03d", nine / 1_000_000, nine / 1000 % 1000, nine % 1000);
        };
    }

    String siret(Random random, String vat) {
        return this == FR ? vat.substring(4) + String.format("%05d", 10 + random.nextInt(90)) : null;
    }

    String phone(Random random) {
        return phonePrefix + " " + (1 + random.nextInt(9)) + String.format("%08d", random.nextInt(100_000_000));
    }
}
