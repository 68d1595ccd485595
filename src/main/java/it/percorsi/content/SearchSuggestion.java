package it.percorsi.content;

import it.percorsi.base.i18n.Localized;

/** A document offered while the reader types, opened by its route. */
public record SearchSuggestion(ContentKind kind, String slug, Localized title, String route) {
}
