package it.percorsi.notification;

import java.time.Instant;

/** A row of the ADMIN outbox page; help-desk mails also carry their Message-ID and Reply-To (DD009). */
public record OutboxEntry(Long id, String recipient, String subject, String body, MailStatus status, int attempts,
                          String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                          String attachmentName, String attachmentText, String messageId, String replyTo) {

    static OutboxEntry of(OutboxMail m) {
        return new OutboxEntry(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(),
                m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(),
                m.getAttachmentName(), m.getAttachmentText(), m.getMessageId(), m.getReplyTo());
    }
}
