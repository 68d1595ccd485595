package it.percorsi.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's (or author's) remark on a draft; kept after publication. */
@Entity
@Table(name = "content_draft_comment")
public class DraftComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false)
    private Long draftId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DraftComment() {
    }

    public DraftComment(Long draftId, Long authorId, String text, Instant createdAt) {
        this.draftId = draftId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getDraftId() { return draftId; }
    public Long getAuthorId() { return authorId; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
