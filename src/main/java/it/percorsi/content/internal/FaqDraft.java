package it.percorsi.content.internal;

import it.percorsi.content.FaqTopic;
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

/** A FAQ proposed from a resolved ticket (already anonymised), until a trainer publishes or discards it. */
@Entity
@Table(name = "faq_draft")
public class FaqDraft {

    /** PUBLISHED: published directly (before the authoring workflow); SUBMITTED: handed to the workflow as a FAQ draft in review. */
    public enum Status { PENDING, PUBLISHED, SUBMITTED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String question;

    /** The referent's message, anonymised: context for the trainer, never published. */
    @Column(nullable = false, length = 20000)
    private String asked;

    @Column(nullable = false, length = 20000)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FaqTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "source_ticket_id", nullable = false)
    private Long sourceTicketId;

    @Column(name = "source_ticket_number", nullable = false, length = 30)
    private String sourceTicketNumber;

    @Column(name = "proposed_by", nullable = false)
    private Long proposedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "published_slug", length = 100)
    private String publishedSlug;

    @Version
    private long version;

    protected FaqDraft() {
    }

    public FaqDraft(String question, String asked, String answer, Long sourceTicketId, String sourceTicketNumber, Long proposedBy,
                    Instant createdAt) {
        this.question = question;
        this.asked = asked;
        this.answer = answer;
        this.sourceTicketId = sourceTicketId;
        this.sourceTicketNumber = sourceTicketNumber;
        this.proposedBy = proposedBy;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
    }

    public void publish(String question, String answer, FaqTopic topic, String slug, Long by, Instant at) {
        this.question = question;
        this.answer = answer;
        this.topic = topic;
        this.publishedSlug = slug;
        decide(Status.PUBLISHED, by, at);
    }

    /** Handed to the authoring workflow as a new FAQ's draft (in review) with this slug. */
    public void submit(String question, String answer, FaqTopic topic, String slug, Long by, Instant at) {
        this.question = question;
        this.answer = answer;
        this.topic = topic;
        this.publishedSlug = slug;
        decide(Status.SUBMITTED, by, at);
    }

    public void discard(Long by, Instant at) {
        decide(Status.DISCARDED, by, at);
    }

    private void decide(Status status, Long by, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public String getQuestion() { return question; }
    public String getAsked() { return asked; }
    public String getAnswer() { return answer; }
    public FaqTopic getTopic() { return topic; }
    public Status getStatus() { return status; }
    public Long getSourceTicketId() { return sourceTicketId; }
    public String getSourceTicketNumber() { return sourceTicketNumber; }
    public Long getProposedBy() { return proposedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getPublishedSlug() { return publishedSlug; }
    public long getVersion() { return version; }
}
