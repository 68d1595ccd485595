package it.percorsi.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as its page shows it. For referents, {@code messages} holds public replies only and
 * {@code history} is empty; {@code version} is what staff edits must send back. {@code originalBody}
 * is, for staff, the whole e-mail a ticket was opened from (else null).
 */
public record TicketDetails(Long id, String number, String subject, String body, String bodyHtml,
                            TicketCategory category, Long pathStepId, String pathStepTitle, TicketStatus status,
                            TicketPriority priority, Long assigneeId, String assigneeName, String requesterName,
                            String administrationName, Instant createdAt, Instant firstResponseAt,
                            Instant firstResponseDueAt, Instant resolutionDueAt, Instant dueAt, boolean overdue,
                            boolean paused, Instant resolvedAt, Integer rating, String ratingComment,
                            boolean canReopen, boolean canRate, List<Message> messages, List<HistoryEntry> history,
                            List<AttachmentInfo> attachments, String originalBody, long version) {

    /** {@code originalBody}: for staff, the whole text of a message that came by e-mail (else null). */
    public record Message(Long id, String authorName, boolean staff, boolean internal, String bodyHtml,
                          Instant createdAt, String originalBody) {
    }

    public record HistoryEntry(String actorName, String action, String oldValue, String newValue, Instant at) {
    }
}
