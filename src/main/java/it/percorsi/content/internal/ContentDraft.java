package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import it.percorsi.content.DraftState;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.ToolKind;
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
import java.util.Arrays;
import java.util.List;

/**
 * A trainer's working copy of a guide, tool or FAQ (an existing one or a new one): every
 * front-matter field and the body, and where it stands in the workflow. Saving changes only this
 * row; readers see it only once it is published as a new revision of the document.
 */
@Entity
@Table(name = "content_draft")
public class ContentDraft {

    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContentKind kind;

    @Column(nullable = false, length = 100)
    private String slug;

    /** Null for a document that does not exist yet. */
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "base_revision_id")
    private Long baseRevisionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DraftState state;

    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false, length = 500)
    private String summary;
    @Column(name = "title_en", length = 300)
    private String titleEn;
    @Column(name = "summary_en", length = 500)
    private String summaryEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "guide_level", length = 20)
    private GuideLevel level;
    @Enumerated(EnumType.STRING)
    @Column(name = "guide_group", length = 20)
    private GuideGroup group;
    @Enumerated(EnumType.STRING)
    @Column(name = "tool_kind", length = 20)
    private ToolKind toolKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "faq_topic", length = 20)
    private FaqTopic topic;
    @Column(nullable = false, length = 1000)
    private String tags;
    @Column(nullable = false, length = 2000)
    private String tools;
    @Column(nullable = false, length = 2000)
    private String related;
    @Column(nullable = false, length = 200000)
    private String body;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false)
    private Long updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "submitted_by")
    private Long submittedBy;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "published_revision_id")
    private Long publishedRevisionId;

    @Version
    private long version;

    protected ContentDraft() {
    }

    public ContentDraft(ContentKind kind, String slug, Long documentId, Long baseRevisionId, DocumentSpec spec,
                        Long by, Instant at) {
        this.kind = kind;
        this.slug = slug;
        this.documentId = documentId;
        this.baseRevisionId = baseRevisionId;
        this.state = DraftState.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        update(spec, by, at);
    }

    /** Replaces every field with the spec's (kind, slug and state stay). */
    public void update(DocumentSpec spec, Long by, Instant at) {
        this.title = spec.title();
        this.summary = spec.summary() == null ? "" : spec.summary();
        this.titleEn = spec.titleEn();
        this.summaryEn = spec.summaryEn();
        this.level = spec.level();
        this.group = spec.group();
        this.toolKind = spec.toolKind();
        this.topic = spec.topic();
        this.tags = String.join(SEPARATOR, spec.tags());
        this.tools = String.join(SEPARATOR, spec.tools());
        this.related = String.join(SEPARATOR, spec.related());
        this.body = spec.body();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void moveTo(DraftState next, Long by, Instant at) {
        if (next == DraftState.IN_REVIEW) {
            submittedBy = by;
        } else {
            decidedBy = by;
            decidedAt = at;
        }
        this.state = next;
        this.updatedAt = at;
    }

    public void published(Long documentId, Long revisionId) {
        this.documentId = documentId;
        this.publishedRevisionId = revisionId;
        this.baseRevisionId = revisionId;
    }

    /** Marks the row changed so its version moves even when no field did (a state change counts). */
    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public DocumentSpec toSpec(String checksum) {
        return new DocumentSpec(kind, null, slug, title, summary, titleEn, summaryEn, level, group, toolKind, topic,
                split(tags), split(tools), split(related), body, checksum, null);
    }

    public Long getId() { return id; }
    public ContentKind getKind() { return kind; }
    public String getSlug() { return slug; }
    public Long getDocumentId() { return documentId; }
    public Long getBaseRevisionId() { return baseRevisionId; }
    public DraftState getState() { return state; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getTitleEn() { return titleEn; }
    public String getSummaryEn() { return summaryEn; }
    public GuideLevel getLevel() { return level; }
    public GuideGroup getGroup() { return group; }
    public ToolKind getToolKind() { return toolKind; }
    public FaqTopic getTopic() { return topic; }
    public List<String> getTags() { return split(tags); }
    public List<String> getTools() { return split(tools); }
    public List<String> getRelated() { return split(related); }
    public String getBody() { return body; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getSubmittedBy() { return submittedBy; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getPublishedRevisionId() { return publishedRevisionId; }
    public long getVersion() { return version; }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
