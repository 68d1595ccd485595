package it.percorsi.helpdesk;

import java.time.Instant;

/**
 * A mail held for staff (DD009): why, who sent it, when, and the ticket it seemed to belong to
 * (its number, or null).
 */
public record QuarantinedMail(Long id, QuarantineReason reason, String sender, String senderName, String subject,
                              Instant sentAt, Instant receivedAt, String ticketNumber) {
}
