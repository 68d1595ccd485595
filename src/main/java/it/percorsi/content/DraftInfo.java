package it.percorsi.content;

import java.time.Instant;

/**
 * A draft as the editor shows it.
 *
 * @param newDocument   true while the document does not exist for readers yet
 * @param version       to send back with the next change: a change made meanwhile by someone else
 *                      is refused with {@link DraftConflict}
 * @param updatedByName who saved last
 */
public record DraftInfo(long id, ContentKind kind, String slug, boolean newDocument, DraftState state,
                        DraftContent content, long version, Instant updatedAt, String updatedByName,
                        Long submittedBy, String submittedByName, Long baseRevisionId) {
}
