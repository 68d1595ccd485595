package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question answered by a suggested document instead of a ticket; neither person nor text is kept. */
@Entity
@Table(name = "self_service_answer")
public class SelfServiceAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContentKind kind;

    @Column(nullable = false, length = 100)
    private String slug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SelfServiceAnswer() {
    }

    public SelfServiceAnswer(ContentKind kind, String slug, Instant createdAt) {
        this.kind = kind;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public ContentKind getKind() { return kind; }
    public String getSlug() { return slug; }
    public Instant getCreatedAt() { return createdAt; }
}
