package it.percorsi.content.internal;

import it.percorsi.content.RevisionSource;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a document gets a new current revision (file import, portal edit, rollback, FAQ
 * published from a draft): numbered after the last one, stored, made current, announced with the
 * kernel's change event. Runs inside the caller's transaction.
 */
@Component
public class RevisionWriter {

    private final ContentRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevisionWriter(ContentRevisionRepository revisions, ApplicationEventPublisher events, Clock clock) {
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    public ContentRevision makeCurrent(ContentDocument document, DocumentSpec spec, RevisionSource source,
                                       int readingMinutes, Long authorId) {
        return makeCurrent(document, spec, source, readingMinutes, authorId, null);
    }

    /** As above, with a note saying what changed (null or blank: none), shown in the history. */
    public ContentRevision makeCurrent(ContentDocument document, DocumentSpec spec, RevisionSource source,
                                       int readingMinutes, Long authorId, String changeNote) {
        String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        int next = revisions.findFirstByDocumentOrderByRevisionNoDesc(document)
                .map(r -> r.getRevisionNo() + 1).orElse(1);
        ContentRevision revision = revisions.save(new ContentRevision(document, next, source, spec, readingMinutes,
                authorId, clock.instant(), note));
        document.setCurrent(revision);
        events.publishEvent(ContentKindNames.changed(document.getKind(), document.getSlug(), next));
        return revision;
    }
}
