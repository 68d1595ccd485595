package it.percorsi.content;

import java.time.Instant;

/**
 * One entry of a document's history.
 *
 * @param author the name of who saved it in the portal; null for a revision read from a file
 */
public record RevisionInfo(long id, int number, RevisionSource source, String title, Instant createdAt,
                           boolean current, String author) {
}
