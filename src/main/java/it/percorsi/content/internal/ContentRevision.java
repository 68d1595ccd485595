package it.percorsi.content.internal;

import it.percorsi.base.i18n.Localized;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.RevisionSource;
import it.percorsi.content.ToolKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import java.util.Arrays;
import java.util.List;

/**
 * One immutable version of a document, from a file or from the portal. Never updated once
 * written: a change is a new revision, so the history stays complete and the render cache can
 * be keyed by revision id.
 */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private ContentDocument document;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RevisionSource source;

    @Column(nullable = false, length = 300)
    @FullTextField(analyzer = SearchAnalysis.ITALIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "titlePrefix", analyzer = SearchAnalysis.PREFIX, searchAnalyzer = SearchAnalysis.PREFIX_QUERY)
    private String title;

    @Column(nullable = false, length = 500)
    @FullTextField(analyzer = SearchAnalysis.ITALIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String summary;

    @Column(name = "title_en", length = 300)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @FullTextField(name = "titleEnPrefix", analyzer = SearchAnalysis.PREFIX, searchAnalyzer = SearchAnalysis.PREFIX_QUERY)
    private String titleEn;

    @Column(name = "summary_en", length = 500)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
    private String summaryEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "guide_level", length = 20)
    @KeywordField(projectable = Projectable.YES)
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
    @FullTextField(analyzer = SearchAnalysis.ITALIAN)
    private String tags;

    @Column(nullable = false, length = 2000)
    private String tools;

    @Column(nullable = false, length = 2000)
    private String related;

    @Column(nullable = false, length = 200000)
    private String body;

    @Column(name = "reading_minutes", nullable = false)
    private int readingMinutes;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Column(name = "file_modified_at")
    private Instant fileModifiedAt;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "change_note", length = 300)
    private String changeNote;

    protected ContentRevision() {
    }

    /** A revision with the fields of a spec; source, author and times are set by the caller. */
    public ContentRevision(ContentDocument document, int revisionNo, RevisionSource source, DocumentSpec spec,
                           int readingMinutes, Long authorId, Instant createdAt) {
        this.document = document;
        this.revisionNo = revisionNo;
        this.source = source;
        this.title = spec.title();
        this.summary = spec.summary();
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
        this.readingMinutes = readingMinutes;
        this.checksum = spec.checksum();
        this.fileModifiedAt = spec.fileModifiedAt();
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    /** As the other constructor, with the note saying what changed (null when there is none). */
    public ContentRevision(ContentDocument document, int revisionNo, RevisionSource source, DocumentSpec spec,
                           int readingMinutes, Long authorId, Instant createdAt, String changeNote) {
        this(document, revisionNo, source, spec, readingMinutes, authorId, createdAt);
        this.changeNote = changeNote;
    }

    public Long getId() { return id; }
    public ContentDocument getDocument() { return document; }
    public int getRevisionNo() { return revisionNo; }
    public RevisionSource getSource() { return source; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getTitleEn() { return titleEn; }
    public String getSummaryEn() { return summaryEn; }
    /** The title in Italian and, when the file has it, English. */
    public Localized localizedTitle() { return Localized.of(title, titleEn); }
    public Localized localizedSummary() { return Localized.of(summary, summaryEn); }
    public GuideLevel getLevel() { return level; }
    public GuideGroup getGroup() { return group; }
    public ToolKind getToolKind() { return toolKind; }
    public FaqTopic getTopic() { return topic; }
    public List<String> getTags() { return split(tags); }
    public List<String> getTools() { return split(tools); }
    public List<String> getRelated() { return split(related); }
    public String getBody() { return body; }

    /** The body as plain text (markdown syntax removed): what search matches and quotes in snippets. */
    @FullTextField(analyzer = SearchAnalysis.ITALIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO) // a revision is never updated
    public String getBodyText() { return SearchAnalysis.plainText(body); }

    /** One filter code for the topic whatever the kind: a guide's group, a FAQ's topic, a tool's kind. */
    @KeywordField(projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getTopicCode() {
        if (group != null) return group.code();
        if (topic != null) return topic.code();
        return toolKind == null ? null : toolKind.code();
    }
    public int getReadingMinutes() { return readingMinutes; }
    public String getChecksum() { return checksum; }
    public Instant getFileModifiedAt() { return fileModifiedAt; }
    public Long getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
    /** What changed, in the words of whoever published it; null when nobody wrote it. */
    public String getChangeNote() { return changeNote; }

    /** The fields as a spec, to start a new revision from this one. */
    public DocumentSpec toSpec() {
        return new DocumentSpec(document.getKind(), null, document.getSlug(), title, summary, titleEn, summaryEn, level,
                group, toolKind,
                topic, getTags(), getTools(), getRelated(), body, checksum, fileModifiedAt);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
