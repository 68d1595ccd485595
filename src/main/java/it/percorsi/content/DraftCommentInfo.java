package it.percorsi.content;

import java.time.Instant;

/** A comment on a draft: who, when, what. */
public record DraftCommentInfo(long id, String author, Instant at, String text) {
}
