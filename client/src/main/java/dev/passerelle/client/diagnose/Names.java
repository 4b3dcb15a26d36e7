package dev.passerelle.client.diagnose;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether two company names are probably the same company, as a person would judge: case, accents,
 * punctuation and legal forms ignored, and words that differ by one letter ("Fromagerie" and
 * "Fromageries") taken as the same. Thread-safe: its only state is a bounded memo of accented pieces of names.
 */
final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of("SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCI", "GMBH", "AG",
            "KG", "BV", "NV", "BVBA", "SRL", "SPRL", "LTD", "LLC", "INC", "PLC", "SP", "ZOO", "SPZOO", "AS", "APS", "AB", "OY",
            "SPA", "ET", "CIE", "CO", "THE", "LE", "LA", "LES", "DE", "DU", "DES");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^A-Z0-9]+");

    /** The words of pieces of names with letters beyond ASCII, already worked out; emptied when full. */
    private static final Map<String, List<String>> PIECES = new ConcurrentHashMap<>();
    private static final int MAX_PIECES = 10_000;

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
        return similarity(shared, left.size(), right.size());
    }

    /** The similarity of two names of {@code left} and {@code right} words with {@code shared} words alike. */
    static double similarity(int shared, int left, int right) {
        return left == 0 || right == 0 ? 0 : (double) shared / (left + right - shared);
    }

    /**
     * A name's words as compared: without case, accents, punctuation and legal forms. Diagnose reads
     * every account's name on each page, so the name is cut at its ASCII punctuation first, and only a
     * piece with a letter beyond ASCII goes through Unicode decomposition ({@link #plainWords}), its
     * result kept for the next name with the same piece: "Hôtel" is worked out once, not once a name.
     * Cutting first changes nothing: decomposition, removing marks and upper case work letter by letter
     * and never join across an ASCII punctuation mark.
     */
    static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        if (name == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        int start = 0;
        boolean plain = true;
        for (int at = 0; at <= name.length(); at++) {
            char letter = at < name.length() ? name.charAt(at) : ' ';
            if (letter >= 0x80) {
                plain = false;
            } else if (letter >= 'a' && letter <= 'z' || letter >= 'A' && letter <= 'Z' || letter >= '0' && letter <= '9') {
                word.append(letter >= 'a' ? (char) (letter - 'a' + 'A') : letter);
            } else {
                if (plain) {
                    add(word.toString(), words);
                } else {
                    if (PIECES.size() >= MAX_PIECES) {
                        PIECES.clear();
                    }
                    PIECES.computeIfAbsent(name.substring(start, at), Names::plainWords).forEach(piece -> add(piece, words));
                }
                word.setLength(0);
                start = at + 1;
                plain = true;
            }
        }
        return words;
    }

    private static void add(String word, Set<String> words) {
        if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
            words.add(word);
        }
    }

    /** The words of a piece of name with letters beyond ASCII: decomposed, without marks, in upper case. */
    static List<String> plainWords(String piece) {
        String unmarked = MARKS.matcher(Normalizer.normalize(piece, Normalizer.Form.NFD)).replaceAll("");
        String plain = NOT_LETTERS_OR_DIGITS.matcher(unmarked.toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
        return List.of(plain.split(" "));
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
            sketch(word, bits, 0);
        }
        return bits;
    }

    /**
     * Sets the bits of one word's {@link #sketch} in {@code bits[at]} and {@code bits[at + 1]}. The bit
     * of a key ("&lt;" and the first two letters, "&gt;" and the last two, "=" and a short word) is its
     * {@link String#hashCode} modulo 128, worked out from the letters without making the key: every
     * name of the integration is sketched on each page.
     */
    static void sketch(String word, long[] bits, int at) {
        int length = word.length();
        if (length >= 5) {
            set(bits, at, ('<' * 31 + word.charAt(0)) * 31 + word.charAt(1));
            set(bits, at, ('>' * 31 + word.charAt(length - 2)) * 31 + word.charAt(length - 1));
        } else {
            int prefix = '=';
            for (int letter = 0; letter < length; letter++) {
                prefix *= 31;
            }
            set(bits, at, prefix + word.hashCode());
        }
    }

    /** Whether two {@link #sketch sketches} share a bit: when they do not, the names have no word alike. */
    static boolean mayShareAWord(long[] one, long[] other) {
        return (one[0] & other[0]) != 0 || (one[1] & other[1]) != 0;
    }

    private static void set(long[] bits, int at, int hash) {
        int bit = hash & 127;
        bits[at + (bit >>> 6)] |= 1L << (bit & 63);
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
