package it.percorsi.base.content;

/**
 * The kernel's change notification: a piece of published content now has a new version, from a
 * file import or from an edit in the portal. Published as a Spring application event (after the
 * change is stored, inside its transaction where there is one: listen with
 * {@code @TransactionalEventListener} or {@code @ApplicationModuleListener} to act after commit).
 * Features that keep something derived from content — a search index, a cache, a plan — listen
 * instead of polling the library.
 *
 * @param kind    what changed: "guide", "tool", "faq" (one document) or a whole definition
 *                such as "questionnaire" and "path library"
 * @param key     the document's slug; empty for a whole definition
 * @param version the new version (a revision number or a checksum)
 */
public record ContentChanged(String kind, String key, String version) {

    public static final String QUESTIONNAIRE = "questionnaire";
    public static final String PATH_LIBRARY = "path library";
}
