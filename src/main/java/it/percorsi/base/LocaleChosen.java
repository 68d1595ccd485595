package it.percorsi.base;

import java.util.Locale;

/** The user picked a UI language; the account feature remembers it for logged-in users. */
public record LocaleChosen(Locale locale) {
}
