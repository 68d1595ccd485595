package it.percorsi.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One reader's "was this guide useful?" answer; one per user and guide, changeable. */
@Entity
@Table(name = "guide_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private ContentDocument document;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private boolean useful;

    @Column(length = 1000)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Feedback() {
    }

    public Feedback(ContentDocument document, Long userId, Instant now) {
        this.document = document;
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public ContentDocument getDocument() { return document; }
    public Long getUserId() { return userId; }
    public boolean isUseful() { return useful; }
    public String getComment() { return comment; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public void answer(boolean useful, String comment, Instant now) {
        this.useful = useful;
        this.comment = comment;
        this.updatedAt = now;
    }
}
