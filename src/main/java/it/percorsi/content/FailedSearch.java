package it.percorsi.content;

import java.time.Instant;

/** Words that found nothing, how often they were searched and when last: for trainers. */
public record FailedSearch(String query, long count, Instant last) {
}
