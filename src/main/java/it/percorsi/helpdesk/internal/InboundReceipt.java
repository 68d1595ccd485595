package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.InboundOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One incoming message, by its Message-ID (or a hash of its bytes), written in the transaction of
 * what it caused; the unique key is what makes processing exactly-once.
 */
@Entity
@Table(name = "hd_inbound_receipt")
public class InboundReceipt {

    public static final int KEY_MAX_LENGTH = 300;
    public static final int DETAIL_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageKey;
    private Instant receivedAt;
    private String sender;
    private String subject;
    @Enumerated(EnumType.STRING)
    private InboundOutcome outcome;
    private String detail;
    private Long ticketId;

    protected InboundReceipt() {
    }

    public InboundReceipt(String messageKey, Instant receivedAt, String sender, String subject, InboundOutcome outcome,
                          String detail, Long ticketId) {
        this.messageKey = messageKey;
        this.receivedAt = receivedAt;
        this.sender = cut(sender, 254);
        this.subject = cut(subject, 300);
        this.outcome = outcome;
        this.detail = cut(detail, DETAIL_MAX_LENGTH);
        this.ticketId = ticketId;
    }

    public static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public String getMessageKey() { return messageKey; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public InboundOutcome getOutcome() { return outcome; }
    public String getDetail() { return detail; }
    public Long getTicketId() { return ticketId; }
}
