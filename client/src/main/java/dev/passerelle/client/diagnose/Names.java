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
        int shared = 0;
        for (String word : left) {
            for (String candidate : right) {
                if (alike(word, candidate)) {
                    shared++;
                    break;
                }
            }
        }
        return (double) shared / (left.size() + right.size() - shared);
    }

    /** A name's words as compared: without case, accents, punctuation and legal forms. */
    static Set<String> words(String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("");
        String plain = NOT_LETTERS_OR_DIGITS.matcher(unmarked.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
        return Arrays.stream(plain.split(" ")).filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.toSet());
    }

    /**
     * A sketch of a name's words in 128 bits, two longs: each word of five letters or more sets the bits
     * of its first two and its last two letters, a shorter word the bit of itself. Two words
     * {@link #alike} set a bit in common: equal words the same bits, and words one edit apart, both
     * of five letters or more, keep their first two letters or their last two (one edit changes a
     * letter of one end only). So two names without a bit in common have no word alike: their
     * similarity is 0, which the sketches tell without comparing words.
     */
    static long[] sketch(Set<String> words) {
        long[] bits = new long[2];
        for (String word : words) {
            if (word.length() >= 5) {
                set(bits, "<" + word.substring(0, 2));
                set(bits, ">" + word.substring(word.length() - 2));
            } else {
                set(bits, "=" + word);
            }
        }
        return bits;
    }

    /** Whether two {@link #sketch sketches} share a bit: when they do not, the names have no word alike. */
    static boolean mayShareAWord(long[] one, long[] other) {
        return (one[0] & other[0]) != 0 || (one[1] & other[1]) != 0;
    }

    private static void set(long[] bits, String key) {
        int bit = key.hashCode() & 127;
        bits[bit >>> 6] |= 1L << (bit & 63);
    }

    private static boolean alike(String one, String other) {
        if (one.equals(other)) {
            return true;
        }
        return Math.min(one.length(), other.length()) >= 5 && Math.abs(one.length() - other.length()) <= 1
                && oneEditApart(one, other);
    }

    /**
     * Whether one edit (insert, delete or replace a letter) turns one word into the other, words whose
     * lengths differ by at most one: in one pass, since names are compared by the hundred thousand.
     */
    static boolean oneEditApart(String one, String other) {
        String shorter = one.length() <= other.length() ? one : other;
        String longer = shorter == one ? other : one;
        int start = 0;
        while (start < shorter.length() && shorter.charAt(start) == longer.charAt(start)) {
            start++;
        }
        if (start == shorter.length()) {
            return true;
        }
        // past the first difference, the rest must match: shifted by one letter, or after one replaced
        int skip = longer.length() > shorter.length() ? 0 : 1;
        return shorter.regionMatches(start + skip, longer, start + 1, shorter.length() - start - skip);
    }
}
