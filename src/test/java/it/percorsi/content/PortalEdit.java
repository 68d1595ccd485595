package it.percorsi.content;

/** A test's change to a document's title, summary and body, published with {@link PortalEdits}. */
public record PortalEdit(String title, String summary, String body, Long baseRevisionId) {
}
