package it.percorsi.content;

import it.percorsi.account.AccountDirectory;
import it.percorsi.account.Contact;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.content.Checksums;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentDraft;
import it.percorsi.content.internal.ContentDraftRepository;
import it.percorsi.content.internal.ContentRevision;
import it.percorsi.content.internal.DocumentSpec;
import it.percorsi.content.internal.DraftComment;
import it.percorsi.content.internal.DraftCommentRepository;
import it.percorsi.content.internal.RevisionWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-portal authoring of guides, tools and FAQs (DD011). A trainer edits a draft (of an existing
 * document or of a new one); saving changes only the draft. The workflow is
 * DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED (and IN_REVIEW → DRAFT when a reviewer asks for changes,
 * ARCHIVED → PUBLISHED when a document is restored). Publishing makes the draft the document's new
 * current revision through {@link RevisionWriter}, so readers and search see it at once.
 * <p>
 * Every change names the draft version it was made on; a draft changed meanwhile is refused with
 * {@link DraftConflict}, which carries the other text. Only TRAINER and ADMIN may do any of this.
 */
@Service
public class AuthoringService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int COMMENT_MAX_LENGTH = 4000;
    /** The longest note on a published change. */
    public static final int CHANGE_NOTE_MAX_LENGTH = 300;

    private final ContentDraftRepository drafts;
    private final DraftCommentRepository comments;
    private final ContentDocumentRepository documents;
    private final RevisionWriter writer;
    private final MarkdownRenderer renderer;
    private final CurrentUserProvider currentUser;
    private final AccountDirectory accounts;
    private final Clock clock;
    private volatile boolean secondReviewer;

    AuthoringService(ContentDraftRepository drafts, DraftCommentRepository comments,
                     ContentDocumentRepository documents, RevisionWriter writer, MarkdownRenderer renderer,
                     CurrentUserProvider currentUser, AccountDirectory accounts, Clock clock,
                     @Value("${percorsi.content.review.second-reviewer:false}") boolean secondReviewer) {
        this.drafts = drafts;
        this.comments = comments;
        this.documents = documents;
        this.writer = writer;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
        this.secondReviewer = secondReviewer;
    }

    /** Whether a trainer other than the one who submitted a draft must publish it. */
    public boolean secondReviewerRequired() {
        return secondReviewer;
    }

    /** For tests: switches the second-reviewer rule. */
    void requireSecondReviewer(boolean required) {
        this.secondReviewer = required;
    }

    /**
     * The open draft (DRAFT or IN_REVIEW) of an existing document, or a new draft copied from its
     * current revision. One open draft per document: two trainers opening it share it.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo open(ContentKind kind, String slug) {
        Optional<ContentDraft> open = drafts.findFirstByKindAndSlugAndStateInOrderByIdDesc(kind, slug, DraftState.OPEN);
        if (open.isPresent()) {
            return info(open.get());
        }
        ContentDocument document = documents.findByKindAndSlug(kind, slug)
                .filter(d -> d.getCurrent() != null)
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " " + slug));
        ContentRevision current = document.getCurrent();
        return info(drafts.save(new ContentDraft(kind, slug, document.getId(), current.getId(), current.toSpec(),
                userId(), clock.instant())));
    }

    /**
     * A draft of a new document. The slug must be well formed (lower-case letters, digits and single
     * hyphens) and used neither by a document of the kind nor by another open draft: otherwise a
     * field error on "slug".
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo create(ContentKind kind, String slug, DraftContent content) {
        String s = slug == null ? "" : slug.strip();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        checkNewSlug(kind, s, errors);
        DocumentSpec spec = spec(kind, s, content, false, errors);
        errors.throwIfAny();
        return info(drafts.save(new ContentDraft(kind, s, null, null, spec, userId(), clock.instant())));
    }

    /** Field error keys for a new document's slug, empty when it can be used. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> slugProblem(ContentKind kind, String slug) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        checkNewSlug(kind, slug == null ? "" : slug.strip(), errors);
        try {
            errors.throwIfAny();
            return Optional.empty();
        } catch (FieldErrors e) {
            return Optional.of(e.errors().get("slug"));
        }
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<DraftInfo> draft(long id) {
        return drafts.findById(id).map(this::info);
    }

    /**
     * Saves the editor's text into the draft; never publishes. Only a draft in state DRAFT can be
     * changed (a draft in review is read-only until a reviewer asks for changes). Lengths and
     * formats are checked; required fields only when the draft is submitted, so an unfinished draft
     * can be saved.
     *
     * @throws DraftConflict when the draft is no longer at {@code version}
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo save(long id, long version, DraftContent content) {
        ContentDraft draft = find(id);
        if (draft.getVersion() != version) {
            throw new DraftConflict(info(draft));
        }
        if (draft.getState() != DraftState.DRAFT) {
            throw FieldErrors.of("state", "authoring.error.notEditable");
        }
        FieldErrors.Builder errors = new FieldErrors.Builder();
        DocumentSpec spec = spec(draft.getKind(), draft.getSlug(), content, false, errors);
        errors.throwIfAny();
        draft.update(spec, userId(), clock.instant());
        drafts.flush();
        return info(draft);
    }

    /** DRAFT → IN_REVIEW, once every required field is filled in (field errors otherwise). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo submit(long id, long version) {
        ContentDraft draft = transition(id, version, DraftState.IN_REVIEW);
        FieldErrors.Builder errors = new FieldErrors.Builder();
        spec(draft.getKind(), draft.getSlug(), content(draft), true, errors);
        errors.throwIfAny();
        return move(draft, DraftState.IN_REVIEW);
    }

    /** IN_REVIEW → DRAFT, with the reviewer's comment (optional) stored on the draft. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo requestChanges(long id, long version, String comment) {
        ContentDraft draft = transition(id, version, DraftState.DRAFT);
        if (comment != null && !comment.isBlank()) {
            addComment(draft, comment);
        }
        return move(draft, DraftState.DRAFT);
    }

    /**
     * IN_REVIEW → PUBLISHED: the draft becomes the document's new current revision (a new document
     * for a draft of one), visible to readers and search at commit; an archived document is
     * restored by it. With the second-reviewer setting, whoever submitted the draft cannot publish it.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo publish(long id, long version) {
        return publish(id, version, null);
    }

    /**
     * As {@link #publish(long, long)}, with a note saying what changed (optional, at most
     * {@value #CHANGE_NOTE_MAX_LENGTH} characters: a field error on "changeNote" otherwise), stored on
     * the new revision and shown in its history.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo publish(long id, long version, String changeNote) {
        String note = changeNote == null ? "" : changeNote.strip();
        if (note.length() > CHANGE_NOTE_MAX_LENGTH) {
            throw FieldErrors.of("changeNote", "validation.tooLong");
        }
        ContentDraft draft = transition(id, version, DraftState.PUBLISHED);
        Long me = userId();
        if (secondReviewer && me.equals(draft.getSubmittedBy())) {
            throw FieldErrors.of("state", "authoring.error.secondReviewer");
        }
        FieldErrors.Builder errors = new FieldErrors.Builder();
        DocumentSpec spec = spec(draft.getKind(), draft.getSlug(), content(draft), true, errors);
        ContentDocument document;
        if (draft.getDocumentId() == null) {
            if (documents.findByKindAndSlug(draft.getKind(), draft.getSlug()).isPresent()) {
                errors.add("slug", "authoring.error.slugTaken");
            }
            errors.throwIfAny();
            document = documents.save(new ContentDocument(draft.getKind(), draft.getSlug(), clock.instant()));
        } else {
            errors.throwIfAny();
            document = documents.findById(draft.getDocumentId()).orElseThrow();
        }
        int minutes = renderer.render(spec.body(), RenderOptions.page(ContentRoutes.of(draft.getKind(), draft.getSlug())))
                .readingMinutes();
        ContentRevision revision = writer.makeCurrent(document, spec, RevisionSource.PORTAL, minutes, me, note);
        document.setArchivedAt(null);
        draft.published(document.getId(), revision.getId());
        return move(draft, DraftState.PUBLISHED);
    }

    /**
     * Withdraws a published document from readers, lists, search and path links (PUBLISHED →
     * ARCHIVED). Refused while the document has an open draft (publish or finish it first) and for a
     * document already archived.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo archive(ContentKind kind, String slug) {
        ContentDocument document = documents.findByKindAndSlug(kind, slug)
                .filter(d -> d.getCurrent() != null)
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " " + slug));
        if (drafts.findFirstByKindAndSlugAndStateInOrderByIdDesc(kind, slug, DraftState.OPEN).isPresent()) {
            throw FieldErrors.of("state", "authoring.error.openDraft");
        }
        ContentDraft record = publishedRecord(document);
        if (!record.getState().canMoveTo(DraftState.ARCHIVED) || document.isArchived()) {
            throw FieldErrors.of("state", "authoring.error.transition");
        }
        document.setArchivedAt(clock.instant());
        return move(record, DraftState.ARCHIVED);
    }

    /** ARCHIVED → PUBLISHED: the document's current revision is shown to readers again. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftInfo restore(ContentKind kind, String slug) {
        ContentDocument document = documents.findByKindAndSlug(kind, slug)
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " " + slug));
        ContentDraft record = drafts.findFirstByKindAndSlugOrderByIdDesc(kind, slug)
                .filter(d -> d.getState() == DraftState.ARCHIVED)
                .orElseThrow(() -> FieldErrors.of("state", "authoring.error.transition"));
        document.setArchivedAt(null);
        return move(record, DraftState.PUBLISHED);
    }

    /** Whether the document is archived (hidden from readers). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public boolean isArchived(ContentKind kind, String slug) {
        return documents.findByKindAndSlug(kind, slug).map(ContentDocument::isArchived).orElse(false);
    }

    /** Drafts being written or waiting for review, last changed first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<DraftInfo> openDrafts() {
        Map<Long, String> names = new HashMap<>();
        return drafts.findByStateInOrderByUpdatedAtDescIdDesc(DraftState.OPEN).stream().map(d -> info(d, names)).toList();
    }

    /** Archived documents, for trainers who may restore them. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<DraftInfo> archived() {
        Map<Long, String> names = new HashMap<>();
        return drafts.findByStateInOrderByUpdatedAtDescIdDesc(EnumSet.of(DraftState.ARCHIVED)).stream()
                .map(d -> info(d, names)).toList();
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<DraftCommentInfo> comments(long draftId) {
        Map<Long, String> names = new HashMap<>();
        return comments.findByDraftIdOrderByCreatedAtAscIdAsc(draftId).stream()
                .map(c -> new DraftCommentInfo(c.getId(), name(c.getAuthorId(), names), c.getCreatedAt(), c.getText()))
                .toList();
    }

    /** Adds a comment to a draft in any state; field error on "comment" when empty or too long. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public DraftCommentInfo comment(long draftId, String text) {
        DraftComment c = addComment(find(draftId), text);
        return new DraftCommentInfo(c.getId(), name(c.getAuthorId(), new HashMap<>()), c.getCreatedAt(), c.getText());
    }

    /**
     * The body as readers would see it on the document's page: the same renderer, options and
     * sanitiser as the published page.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public RenderedMarkdown preview(ContentKind kind, String slug, String body) {
        return renderer.render(body == null ? "" : body, previewOptions(kind, slug));
    }

    /** Render options of the published page of a document (as {@link GuideService} uses them). */
    static RenderOptions previewOptions(ContentKind kind, String slug) {
        return switch (kind) {
            case GUIDE, TOOL -> RenderOptions.page(ContentRoutes.of(kind, slug));
            case FAQ -> new RenderOptions(null, "faq-" + slug + "-", 3, false);
        };
    }

    private DraftComment addComment(ContentDraft draft, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw FieldErrors.of("comment", "validation.required");
        }
        if (t.length() > COMMENT_MAX_LENGTH) {
            throw FieldErrors.of("comment", "validation.tooLong");
        }
        return comments.save(new DraftComment(draft.getId(), userId(), t, clock.instant()));
    }

    /** The draft row recording that a document is published, made for documents never edited here. */
    private ContentDraft publishedRecord(ContentDocument document) {
        Optional<ContentDraft> last = drafts.findFirstByKindAndSlugOrderByIdDesc(document.getKind(), document.getSlug());
        if (last.isPresent() && !DraftState.OPEN.contains(last.get().getState())) {
            return last.get();
        }
        ContentRevision current = document.getCurrent();
        ContentDraft record = new ContentDraft(document.getKind(), document.getSlug(), document.getId(),
                current.getId(), current.toSpec(), userId(), clock.instant());
        record.moveTo(DraftState.IN_REVIEW, userId(), clock.instant());
        record.moveTo(DraftState.PUBLISHED, userId(), clock.instant());
        record.published(document.getId(), current.getId());
        return drafts.save(record);
    }

    private ContentDraft transition(long id, long version, DraftState next) {
        ContentDraft draft = find(id);
        if (draft.getVersion() != version) {
            throw new DraftConflict(info(draft));
        }
        if (!draft.getState().canMoveTo(next)) {
            throw FieldErrors.of("state", "authoring.error.transition");
        }
        return draft;
    }

    private DraftInfo move(ContentDraft draft, DraftState next) {
        draft.moveTo(next, userId(), clock.instant());
        drafts.flush();
        return info(draft);
    }

    private ContentDraft find(long id) {
        return drafts.findById(id).orElseThrow(() -> new NoSuchElementException("No draft " + id));
    }

    private void checkNewSlug(ContentKind kind, String slug, FieldErrors.Builder errors) {
        if (slug.isEmpty()) {
            errors.add("slug", "validation.required");
        } else if (slug.length() > ContentLimits.SLUG_MAX_LENGTH || !SLUG.matcher(slug).matches()) {
            errors.add("slug", "authoring.error.slugFormat");
        } else if (documents.findByKindAndSlug(kind, slug).isPresent()
                || drafts.findFirstByKindAndSlugAndStateInOrderByIdDesc(kind, slug, DraftState.OPEN).isPresent()) {
            errors.add("slug", "authoring.error.slugTaken");
        }
    }

    /**
     * The content as a document spec, checked: lengths and formats always, required fields when
     * {@code complete}. Fields that do not apply to the kind are dropped.
     */
    private static DocumentSpec spec(ContentKind kind, String slug, DraftContent c, boolean complete,
                                     FieldErrors.Builder errors) {
        boolean faq = kind == ContentKind.FAQ;
        String title = text(c.title(), ContentLimits.TITLE_MAX_LENGTH, "title", complete, errors);
        String summary = faq ? "" : text(c.summary(), ContentLimits.SUMMARY_MAX_LENGTH, "summary", complete, errors);
        String titleEn = optional(c.titleEn(), ContentLimits.TITLE_MAX_LENGTH, "titleEn", errors);
        String summaryEn = faq ? null : optional(c.summaryEn(), ContentLimits.SUMMARY_MAX_LENGTH, "summaryEn", errors);
        String body = text(c.body(), ContentLimits.BODY_MAX_LENGTH, "body", complete, errors);
        GuideLevel level = kind == ContentKind.GUIDE ? c.level() : null;
        GuideGroup group = kind == ContentKind.GUIDE ? c.group() : null;
        ToolKind toolKind = kind == ContentKind.TOOL ? c.toolKind() : null;
        FaqTopic topic = faq ? c.topic() : null;
        if (complete) {
            if (kind == ContentKind.GUIDE && level == null) errors.add("level", "validation.required");
            if (kind == ContentKind.GUIDE && group == null) errors.add("group", "validation.required");
            if (kind == ContentKind.TOOL && toolKind == null) errors.add("toolKind", "validation.required");
            if (faq && topic == null) errors.add("topic", "validation.required");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : c.tags()) {
            String t = tag == null ? "" : tag.strip();
            if (t.isEmpty()) continue;
            if (t.length() > ContentLimits.TAG_MAX_LENGTH || t.contains(",") || t.contains("\n")) {
                errors.add("tags", "authoring.error.tag");
            }
            tags.add(t);
        }
        if (String.join("\n", tags).length() > ContentLimits.TAGS_MAX_LENGTH) {
            errors.add("tags", "validation.tooLong");
        }
        List<String> related = slugs(c.related(), "related", errors);
        if (related.contains(slug) && kind == ContentKind.GUIDE) {
            errors.add("related", "authoring.error.relatedSelf");
        }
        List<String> tools = kind == ContentKind.GUIDE ? slugs(c.tools(), "tools", errors) : List.of();
        return new DocumentSpec(kind, null, slug, title, summary, titleEn, summaryEn, level, group, toolKind, topic,
                List.copyOf(tags), tools, related, body, Checksums.sha256(body.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static List<String> slugs(List<String> values, String field, FieldErrors.Builder errors) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String s = v == null ? "" : v.strip();
            if (s.isEmpty()) continue;
            if (!SLUG.matcher(s).matches()) {
                errors.add(field, "authoring.error.slugFormat");
            }
            out.add(s);
        }
        if (String.join("\n", out).length() > ContentLimits.SLUG_LIST_MAX_LENGTH) {
            errors.add(field, "validation.tooLong");
        }
        return List.copyOf(out);
    }

    private static String text(String value, int max, String field, boolean required, FieldErrors.Builder errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() && required) {
            errors.add(field, "validation.required");
        } else if (v.length() > max) {
            errors.add(field, "validation.tooLong");
        }
        return v;
    }

    private static String optional(String value, int max, String field, FieldErrors.Builder errors) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            errors.add(field, "validation.tooLong");
        }
        return v.isEmpty() ? null : v;
    }

    private static DraftContent content(ContentDraft d) {
        return new DraftContent(d.getTitle(), d.getSummary(), d.getTitleEn(), d.getSummaryEn(), d.getLevel(),
                d.getGroup(), d.getToolKind(), d.getTopic(), d.getTags(), d.getRelated(), d.getTools(), d.getBody());
    }

    private Long userId() {
        return currentUser.require().id();
    }

    private DraftInfo info(ContentDraft d) {
        return info(d, new HashMap<>());
    }

    private DraftInfo info(ContentDraft d, Map<Long, String> names) {
        return new DraftInfo(d.getId(), d.getKind(), d.getSlug(), d.getPublishedRevisionId() == null
                && d.getDocumentId() == null, d.getState(), content(d), d.getVersion(), d.getUpdatedAt(),
                name(d.getUpdatedBy(), names), d.getSubmittedBy(), name(d.getSubmittedBy(), names), d.getBaseRevisionId());
    }

    private String name(Long userId, Map<Long, String> names) {
        return userId == null ? null
                : names.computeIfAbsent(userId, id -> accounts.find(id).map(Contact::fullName).orElse(""));
    }
}
