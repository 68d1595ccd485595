package it.percorsi.content;

import it.percorsi.base.i18n.Localized;
/**
 * What another module needs to point at a guide or a tool: its title, summary, reading time and
 * the route of its page (relative, e.g. "guide/focus-group").
 */
public record ContentRef(ContentKind kind, String slug, Localized title, Localized summary, int readingMinutes,
                         String route) {
}
