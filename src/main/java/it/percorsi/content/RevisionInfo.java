package it.percorsi.content;

import java.time.Instant;

/**
 * One entry of a document's history.
 *
 * @param author the name of who saved it in the portal; null for a revision read from a file
 * @param changeNote what changed, in the words of whoever published it (automatic for a rollback);
 *                   null when there is none
 * @param changes what changed against the previous revision; null for the first revision (and
 *                where it is not computed, as in a diff)
 */
public record RevisionInfo(long id, int number, RevisionSource source, String title, Instant createdAt,
                           boolean current, String author, String changeNote, RevisionChanges changes) {
}
