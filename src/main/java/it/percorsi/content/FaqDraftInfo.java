package it.percorsi.content;

import java.time.Instant;

/** A proposed FAQ as trainers review it, with its source ticket (for staff only). */
public record FaqDraftInfo(Long id, String question, String asked, String answer, FaqTopic topic, String status,
                           Long sourceTicketId, String sourceTicketNumber, Instant createdAt, String publishedSlug,
                           long version) {
}
