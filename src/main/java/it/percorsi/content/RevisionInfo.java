package it.percorsi.content;

import java.time.Instant;

/** One entry of a document's history. */
public record RevisionInfo(long id, int number, RevisionSource source, String title, Instant createdAt,
                           boolean current) {
}
