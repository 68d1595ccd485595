package it.percorsi.content;

import java.time.Instant;

/**
 * One answer to "was this guide useful?". Trainers see answers without the reader's identity:
 * the question is about the guide, not the person.
 */
public record GuideFeedback(boolean useful, String comment, Instant answeredAt) {

    /** The single limit for the comment: service validation and the text area both use it. */
    public static final int COMMENT_MAX_LENGTH = 1000;
}
