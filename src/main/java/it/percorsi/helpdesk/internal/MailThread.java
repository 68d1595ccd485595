package it.percorsi.helpdesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Message-ID the help desk gave to an outgoing mail, with its ticket and recipient. */
@Entity
@Table(name = "hd_mail_thread")
public class MailThread {

    @Id
    private String messageId;
    private Long ticketId;
    private Long recipientId;
    private Instant createdAt;

    protected MailThread() {
    }

    public MailThread(String messageId, Long ticketId, Long recipientId, Instant createdAt) {
        this.messageId = messageId;
        this.ticketId = ticketId;
        this.recipientId = recipientId;
        this.createdAt = createdAt;
    }

    public String getMessageId() { return messageId; }
    public Long getTicketId() { return ticketId; }
    public Long getRecipientId() { return recipientId; }
    public Instant getCreatedAt() { return createdAt; }
}
