package it.percorsi.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import it.percorsi.account.AccountDirectory;
import it.percorsi.account.Contact;
import it.percorsi.content.internal.ContentFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a document: its revisions, the diff between two, and rollback. Portal revisions
 * are made by publishing a draft ({@link AuthoringService}) or by a rollback; the start-up import
 * will not replace them with a file older than them.
 */
@Service
public class ContentRevisionService {

    private final ContentDocumentRepository documents;
    private final ContentRevisionRepository revisions;
    private final MarkdownRenderer renderer;
    private final CurrentUserProvider currentUser;
    private final it.percorsi.content.internal.RevisionWriter writer;
    private final AccountDirectory accounts;

    ContentRevisionService(ContentDocumentRepository documents, ContentRevisionRepository revisions,
                           MarkdownRenderer renderer, CurrentUserProvider currentUser,
                           it.percorsi.content.internal.RevisionWriter writer, AccountDirectory accounts) {
        this.accounts = accounts;
        this.writer = writer;
        this.documents = documents;
        this.revisions = revisions;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    /** The history of a document, newest first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<RevisionInfo> history(ContentKind kind, String slug) {
        Map<Long, String> names = new HashMap<>();
        return documents.findByKindAndSlug(kind, slug)
                .map(d -> {
                    List<ContentRevision> all = revisions.findByDocumentOrderByRevisionNoDesc(d);
                    List<RevisionInfo> out = new ArrayList<>(all.size());
                    for (int i = 0; i < all.size(); i++) {
                        ContentRevision r = all.get(i);
                        RevisionChanges changes = i + 1 < all.size() ? changes(all.get(i + 1), r) : null;
                        out.add(info(r, isCurrent(d, r), names, changes));
                    }
                    return List.copyOf(out);
                })
                .orElse(List.of());
    }

    /** What changed from one revision to the next: front-matter fields and body lines. */
    static RevisionChanges changes(ContentRevision before, ContentRevision after) {
        List<String> fields = new ArrayList<>();
        changed(fields, "title", before.getTitle(), after.getTitle());
        changed(fields, "summary", before.getSummary(), after.getSummary());
        changed(fields, "titleEn", before.getTitleEn(), after.getTitleEn());
        changed(fields, "summaryEn", before.getSummaryEn(), after.getSummaryEn());
        changed(fields, "level", before.getLevel(), after.getLevel());
        changed(fields, "group", before.getGroup(), after.getGroup());
        changed(fields, "toolKind", before.getToolKind(), after.getToolKind());
        changed(fields, "topic", before.getTopic(), after.getTopic());
        changed(fields, "tags", before.getTags(), after.getTags());
        changed(fields, "tools", before.getTools(), after.getTools());
        changed(fields, "related", before.getRelated(), after.getRelated());
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(bodyLines(before), bodyLines(after)).getDeltas()) {
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        return new RevisionChanges(fields, added, removed);
    }

    private static void changed(List<String> fields, String code, Object before, Object after) {
        Object a = before instanceof String s && s.isBlank() ? null : before;
        Object b = after instanceof String s && s.isBlank() ? null : after;
        if (!java.util.Objects.equals(a, b)) {
            fields.add(code);
        }
    }

    private static List<String> bodyLines(ContentRevision revision) {
        String body = revision.getBody() == null ? "" : revision.getBody().replace("\r\n", "\n");
        return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }

    /**
     * The line changes from one revision to another (either order), comparing the two as files of
     * content/. An unknown document or revision number is "not found".
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public RevisionDiff diff(ContentKind kind, String slug, int fromRevisionNo, int toRevisionNo) {
        ContentDocument document = document(kind, slug);
        ContentRevision from = revision(document, fromRevisionNo);
        ContentRevision to = revision(document, toRevisionNo);
        List<String> a = lines(from);
        List<String> b = lines(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<RevisionDiff.Line> out = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            while (ai < start) {
                out.add(new RevisionDiff.Line(RevisionDiff.Change.UNCHANGED, ai + 1, bi + 1, a.get(ai)));
                ai++;
                bi++;
            }
            for (String line : delta.getSource().getLines()) {
                out.add(new RevisionDiff.Line(RevisionDiff.Change.REMOVED, ai + 1, null, line));
                ai++;
            }
            for (String line : delta.getTarget().getLines()) {
                out.add(new RevisionDiff.Line(RevisionDiff.Change.ADDED, null, bi + 1, line));
                bi++;
            }
        }
        while (ai < a.size()) {
            out.add(new RevisionDiff.Line(RevisionDiff.Change.UNCHANGED, ai + 1, bi + 1, a.get(ai)));
            ai++;
            bi++;
        }
        Map<Long, String> names = new HashMap<>();
        return new RevisionDiff(info(from, isCurrent(document, from), names, null),
                info(to, isCurrent(document, to), names, null), out);
    }

    /**
     * Makes an old revision's text current again by saving a NEW portal revision that copies it:
     * history is never rewritten. Refused with "content.revision.conflict" when the current
     * revision is no longer {@code expectedCurrentRevisionId} (someone saved meanwhile), and with
     * "content.revision.alreadyCurrent" when the revision asked for is the current one.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public RevisionInfo rollback(ContentKind kind, String slug, int revisionNo, long expectedCurrentRevisionId) {
        ContentDocument document = document(kind, slug);
        ContentRevision old = revision(document, revisionNo);
        ContentRevision current = document.getCurrent();
        if (current == null || !current.getId().equals(expectedCurrentRevisionId)) {
            throw FieldErrors.of("revision", "content.revision.conflict");
        }
        if (current.getId().equals(old.getId())) {
            throw FieldErrors.of("revision", "content.revision.alreadyCurrent");
        }
        DocumentSpec base = old.toSpec();
        DocumentSpec spec = new DocumentSpec(kind, null, slug, base.title(), base.summary(), base.titleEn(),
                base.summaryEn(), base.level(), base.group(), base.toolKind(), base.topic(), base.tags(),
                base.tools(), base.related(), base.body(),
                Checksums.sha256(base.body().getBytes(StandardCharsets.UTF_8)), null);
        ContentRevision revision = writer.makeCurrent(document, spec, RevisionSource.PORTAL, old.getReadingMinutes(),
                currentUser.require().id(), "Ripristino della revisione " + revisionNo);
        return info(revision, true, new HashMap<>(), changes(current, revision));
    }

    private ContentDocument document(ContentKind kind, String slug) {
        return documents.findByKindAndSlug(kind, slug)
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " " + slug));
    }

    private ContentRevision revision(ContentDocument document, int number) {
        return revisions.findByDocumentAndRevisionNo(document, number)
                .orElseThrow(() -> new NoSuchElementException("No revision " + number + " of "
                        + document.getKind() + " " + document.getSlug()));
    }

    private static boolean isCurrent(ContentDocument d, ContentRevision r) {
        return d.getCurrent() != null && d.getCurrent().getId().equals(r.getId());
    }

    private static List<String> lines(ContentRevision revision) {
        return List.of(ContentFiles.markdown(revision.toSpec()).split("\n", -1));
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

    private RevisionInfo info(ContentRevision r, boolean current, Map<Long, String> names, RevisionChanges changes) {
        String author = r.getAuthorId() == null ? null : names.computeIfAbsent(r.getAuthorId(),
                id -> accounts.find(id).map(Contact::fullName).orElse(""));
        return new RevisionInfo(r.getId(), r.getRevisionNo(), r.getSource(), r.getTitle(), r.getCreatedAt(), current,
                author, r.getChangeNote(), changes);
    }
}
