package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.QuarantineReason;
import it.percorsi.helpdesk.QuarantineStatus;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An incoming mail held for staff, with the reason and the message as it arrived. */
@Entity
@Table(name = "hd_inbound_quarantine")
public class InboundQuarantine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long receiptId;
    @Enumerated(EnumType.STRING)
    private QuarantineReason reason;
    private String sender;
    private String senderName;
    private String subject;
    private Instant sentAt;
    private Instant receivedAt;
    private Long ticketId;
    @Basic(fetch = FetchType.LAZY)
    private byte[] rawMessage;
    @Enumerated(EnumType.STRING)
    private QuarantineStatus status;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private long version;

    protected InboundQuarantine() {
    }

    public InboundQuarantine(Long receiptId, QuarantineReason reason, String sender, String senderName, String subject,
                             Instant sentAt, Instant receivedAt, Long ticketId, byte[] rawMessage) {
        this.receiptId = receiptId;
        this.reason = reason;
        this.sender = InboundReceipt.cut(sender == null ? "" : sender, 254);
        this.senderName = InboundReceipt.cut(senderName, 200);
        this.subject = InboundReceipt.cut(subject == null ? "" : subject, 300);
        this.sentAt = sentAt;
        this.receivedAt = receivedAt;
        this.ticketId = ticketId;
        this.rawMessage = rawMessage;
        this.status = QuarantineStatus.PENDING;
    }

    public void decide(QuarantineStatus status, Long ticketId, String by, Instant now) {
        this.status = status;
        if (ticketId != null) {
            this.ticketId = ticketId;
        }
        this.decidedBy = InboundReceipt.cut(by, 120);
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getReceiptId() { return receiptId; }
    public QuarantineReason getReason() { return reason; }
    public String getSender() { return sender; }
    public String getSenderName() { return senderName; }
    public String getSubject() { return subject; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public Long getTicketId() { return ticketId; }
    public byte[] getRawMessage() { return rawMessage; }
    public QuarantineStatus getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
