package it.percorsi.base;

/**
 * Text typed by users must be valid Unicode: a lone UTF-16 surrogate (half of a character, which
 * a browser can send) would be stored as "?" by the database without a word. Services refuse it
 * with the field message {@link #MESSAGE_KEY} instead.
 */
public final class WellFormedText {

    public static final String MESSAGE_KEY = "validation.text.invalid";

    private WellFormedText() {
    }

    public static boolean isWellFormed(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the field message when the text is not well formed; true when it is. */
    public static boolean check(String field, String text, FieldErrors.Builder errors) {
        if (isWellFormed(text)) {
            return true;
        }
        errors.add(field, MESSAGE_KEY);
        return false;
    }
}
