package it.percorsi.content;

import it.percorsi.base.i18n.Localized;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text whose only markup is
 * {@code <mark>} around the matched words; {@code snippetHtml} is empty when the body did not match.
 */
public record SearchHit(ContentKind kind, String slug, Localized title, Localized summary, String titleHtml,
                        String snippetHtml, String topic, GuideLevel level, String route) {
}
