package it.percorsi.helpdesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public reply or, when {@code internal}, a staff note that referents never see. */
@Entity
@Table(name = "hd_message")
public class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ticketId;
    private Long authorId;
    private String authorName;
    private boolean staff;
    private boolean internal;
    private String body;
    private Instant createdAt;
    /** The whole text of a message that came by e-mail (quotes and signature included), for staff. */
    private String originalBody;

    protected TicketMessage() {
    }

    public TicketMessage(Long ticketId, Long authorId, String authorName, boolean staff, boolean internal, String body,
                         Instant createdAt) {
        this.ticketId = ticketId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.staff = staff;
        this.internal = internal;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** Came by e-mail: the full text as written, before quoted history and signature were trimmed. */
    public TicketMessage withOriginal(String original) {
        this.originalBody = original;
        return this;
    }

    public Long getId() { return id; }
    public Long getTicketId() { return ticketId; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public boolean isStaff() { return staff; }
    public boolean isInternal() { return internal; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public String getOriginalBody() { return originalBody; }
}
