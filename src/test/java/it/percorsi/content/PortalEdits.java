package it.percorsi.content;

import org.springframework.context.ApplicationContext;

/**
 * Test helper: publishes a change to an existing document the way a trainer does in the portal
 * (open the draft, save, submit, publish) as the logged-in user, and returns the new revision.
 */
public final class PortalEdits {

    private PortalEdits() {
    }

    public static RevisionInfo publish(ApplicationContext context, ContentKind kind, String slug, PortalEdit edit) {
        AuthoringService authoring = context.getBean(AuthoringService.class);
        DraftInfo draft = authoring.open(kind, slug);
        DraftContent c = draft.content();
        draft = authoring.save(draft.id(), draft.version(), new DraftContent(edit.title(), edit.summary(),
                c.titleEn(), c.summaryEn(), c.level(), c.group(), c.toolKind(), c.topic(), c.tags(), c.related(),
                c.tools(), edit.body()));
        draft = authoring.submit(draft.id(), draft.version());
        authoring.publish(draft.id(), draft.version());
        return context.getBean(ContentRevisionService.class).history(kind, slug).getFirst();
    }
}
