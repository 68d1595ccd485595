package it.percorsi.base.i18n;

import java.util.Locale;

/**
 * A text of the content library in Italian (always there) and English (null when the file has
 * no translation yet). {@link #in(Locale)} picks the one for the UI language and falls back to
 * Italian; {@link #isFallback(Locale)} tells the view to mark the text {@code lang="it"}.
 */
public record Localized(String it, String en) {

    public static final Localized EMPTY = new Localized("", "");

    public Localized {
        it = it == null ? "" : it;
        en = en == null || en.isBlank() ? null : en;
    }

    public static Localized of(String it, String en) {
        return new Localized(it, en);
    }

    /** A text with no English version (e.g. typed by a user, or stored before translations existed). */
    public static Localized italian(String it) {
        return new Localized(it, null);
    }

    public boolean hasEnglish() {
        return en != null;
    }

    public boolean isBlank() {
        return it.isBlank();
    }

    /** The English text in an English UI when there is one, the Italian text otherwise. */
    public String in(Locale locale) {
        return english(locale) && en != null ? en : it;
    }

    /** Whether an English UI gets the Italian text because the English one is missing. */
    public boolean isFallback(Locale locale) {
        return english(locale) && en == null && !it.isBlank();
    }

    /** The language of {@link #in(Locale)}: "en" or "it". */
    public String language(Locale locale) {
        return english(locale) && en != null ? "en" : "it";
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return it;
    }
}
