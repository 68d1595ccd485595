package it.percorsi.content;

import it.percorsi.content.internal.ContentKindNames;
import org.springframework.context.ApplicationEventPublisher;
import it.percorsi.base.content.Checksums;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentRevision;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.ContentRevisionRepository;
import it.percorsi.content.internal.DocumentSpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions made in the portal and the history of a document. A portal revision becomes
 * current at once; the start-up import will not replace it with a file older than it.
 */
@Service
public class ContentRevisionService {

    private final ContentDocumentRepository documents;
    private final ContentRevisionRepository revisions;
    private final MarkdownRenderer renderer;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContentRevisionService(ContentDocumentRepository documents, ContentRevisionRepository revisions,
                           MarkdownRenderer renderer, CurrentUserProvider currentUser, Clock clock,
                           ApplicationEventPublisher events) {
        this.events = events;
        this.documents = documents;
        this.revisions = revisions;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public RevisionInfo savePortalRevision(ContentKind kind, String slug, PortalEdit edit) {
        ContentDocument document = documents.findByKindAndSlug(kind, slug)
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " " + slug));
        ContentRevision current = document.getCurrent();
        if (current == null) {
            throw new NoSuchElementException("No current revision of " + kind + " " + slug);
        }
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (edit.baseRevisionId() != null && !current.getId().equals(edit.baseRevisionId())) {
            errors.add("body", "content.revision.conflict");
        }
        String title = required(edit.title(), ContentLimits.TITLE_MAX_LENGTH, "title", errors);
        String summary = kind == ContentKind.FAQ ? ""
                : required(edit.summary(), ContentLimits.SUMMARY_MAX_LENGTH, "summary", errors);
        String body = required(edit.body(), ContentLimits.BODY_MAX_LENGTH, "body", errors);
        errors.throwIfAny();
        DocumentSpec base = current.toSpec();
        DocumentSpec spec = new DocumentSpec(kind, null, slug, title, summary,
                // an English text stays only while the Italian one it translates is unchanged
                title.equals(base.title()) ? base.titleEn() : null,
                summary.equals(base.summary()) ? base.summaryEn() : null,
                base.level(), base.group(),
                base.toolKind(), base.topic(), base.tags(), base.tools(), base.related(), body, Checksums.sha256(body.getBytes(StandardCharsets.UTF_8)), null);
        int next = revisions.findFirstByDocumentOrderByRevisionNoDesc(document).map(r -> r.getRevisionNo() + 1)
                .orElse(1);
        int minutes = renderer.render(body, new RenderOptions(null, "", 0, false)).readingMinutes();
        ContentRevision revision = revisions.save(new ContentRevision(document, next, RevisionSource.PORTAL, spec,
                minutes, currentUser.require().id(), clock.instant()));
        document.setCurrent(revision);
        events.publishEvent(ContentKindNames.changed(kind, slug, next));
        return info(revision, true);
    }

    /** The history of a document, newest first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<RevisionInfo> history(ContentKind kind, String slug) {
        return documents.findByKindAndSlug(kind, slug)
                .map(d -> revisions.findByDocumentOrderByRevisionNoDesc(d).stream()
                        .map(r -> info(r, d.getCurrent() != null && d.getCurrent().getId().equals(r.getId())))
                        .toList())
                .orElse(List.of());
    }

    private static String required(String value, int max, String field, FieldErrors.Builder errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(field, "validation.required");
        } else if (v.length() > max) {
            errors.add(field, "validation.tooLong");
        }
        return v;
    }

    private static RevisionInfo info(ContentRevision r, boolean current) {
        return new RevisionInfo(r.getId(), r.getRevisionNo(), r.getSource(), r.getTitle(), r.getCreatedAt(), current);
    }
}
