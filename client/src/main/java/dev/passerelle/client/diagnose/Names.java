package dev.passerelle.client.diagnose;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether two company names are probably the same company, as a person would judge: case, accents,
 * punctuation and legal forms ignored, and words that differ by one letter ("Fromagerie" and
 * "Fromageries") taken as the same. Stateless.
 */
final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of("SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCI", "GMBH", "AG",
            "KG", "BV", "NV", "BVBA", "SRL", "SPRL", "LTD", "LLC", "INC", "PLC", "SP", "ZOO", "SPZOO", "AS", "APS", "AB", "OY",
            "SPA", "ET", "CIE", "CO", "THE", "LE", "LA", "LES", "DE", "DU", "DES");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^A-Z0-9]+");

    private Names() {
    }

    /** The share of their words two names have in common, from 0 to 1, a word differing by one letter counting. */
    static double similarity(String one, String other) {
        return similarity(words(one), words(other));
    }

    /** {@link #similarity(String, String)} of two names' {@link #words}, for names compared many times. */
    static double similarity(Set<String> left, Set<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        long shared = left.stream().filter(word -> right.stream().anyMatch(candidate -> alike(word, candidate))).count();
        return (double) shared / (left.size() + right.size() - shared);
    }

    /** A name's words as compared: without case, accents, punctuation and legal forms. */
    static Set<String> words(String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("");
        String plain = NOT_LETTERS_OR_DIGITS.matcher(unmarked.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.toSet());
    }

    private static boolean alike(String one, String other) {
        if (one.equals(other)) {
            return true;
        }
        return Math.min(one.length(), other.length()) >= 5 && Math.abs(one.length() - other.length()) <= 1
                && distance(one, other) <= 1;
    }

    /** Edits (insert, delete, replace) that turn one word into the other. */
    private static int distance(String one, String other) {
        int[] previous = new int[other.length() + 1];
        int[] current = new int[other.length() + 1];
        for (int j = 0; j <= other.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= one.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= other.length(); j++) {
                int replace = previous[j - 1] + (one.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[other.length()];
    }
}
