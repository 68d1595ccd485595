package it.percorsi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One e-mail, written in the transaction of the change that causes it. */
@Entity
@Table(name = "outbox_mail")
class OutboxMail {

    static final int ERROR_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Column(name = "attachment_text", length = 20000)
    private String attachmentText;

    /** Our own Message-ID (with angle brackets), remembered so a reply's In-Reply-To can be matched (DD009). */
    @Column(name = "message_id", length = 250)
    private String messageId;

    /** Where replies go: the help desk's inbound address with the reply token (DD009). */
    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A text attachment (the .ics of a call invitation); the type may carry parameters (method=REQUEST). */
    OutboxMail withAttachment(String name, String type, String text) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachmentText = text;
        return this;
    }

    /** The threading headers of a help-desk mail (DD009); either may be null. */
    OutboxMail withThreading(String messageId, String replyTo) {
        this.messageId = messageId;
        this.replyTo = replyTo;
        return this;
    }

    void markSent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    void markFailedAttempt(String error, Instant nextAttempt, boolean giveUp) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), ERROR_MAX_LENGTH));
        nextAttemptAt = nextAttempt;
        if (giveUp) {
            status = MailStatus.FAILED;
        }
    }

    /**
     * Taken by a sender until {@code until}: no other run picks it up meanwhile. If the process
     * dies during the send, the mail becomes due again when the claim runs out.
     */
    void claim(Instant until) {
        nextAttemptAt = until;
    }

    void retry(Instant now) {
        status = MailStatus.PENDING;
        nextAttemptAt = now;
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    MailStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    String getLastError() { return lastError; }
    Instant getCreatedAt() { return createdAt; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    Instant getSentAt() { return sentAt; }
    String getAttachmentName() { return attachmentName; }
    String getAttachmentType() { return attachmentType; }
    String getAttachmentText() { return attachmentText; }
    String getMessageId() { return messageId; }
    String getReplyTo() { return replyTo; }
}
