package dev.passerelle.server.rtdv;

/**
 * LIKE patterns built from user text, with {@code !} as the escape character (the statements say
 * {@code ESCAPE '!'}). {@code [} is escaped too because SQL Server reads it as a character class.
 */
final class LikePatterns {

    private LikePatterns() {
    }

    static String startingWith(String text) {
        return text == null ? null : escape(text) + "%";
    }

    static String containing(String text) {
        return text == null ? null : "%" + escape(text) + "%";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char character : text.toCharArray()) {
            if (character == '!' || character == '%' || character == '_' || character == '[') {
                escaped.append('!');
            }
            escaped.append(character);
        }
        return escaped.toString();
    }
}
