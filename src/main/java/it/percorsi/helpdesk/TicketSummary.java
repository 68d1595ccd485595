package it.percorsi.helpdesk;

import java.time.Instant;

/** A row of the staff queue and of a referent's ticket list. */
public record TicketSummary(Long id, String number, String subject, String administrationName, String requesterName,
                            TicketCategory category, TicketStatus status, TicketPriority priority, Long assigneeId,
                            String assigneeName, Instant createdAt, Instant dueAt, boolean overdue) {
}
