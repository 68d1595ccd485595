package it.percorsi.content;

import java.util.Set;

/**
 * Where a draft stands: written ({@code DRAFT}), waiting for a reviewer ({@code IN_REVIEW}),
 * published as the document's current revision ({@code PUBLISHED}), or its document withdrawn from
 * readers ({@code ARCHIVED}). See {@link AuthoringService} for who moves it and DD011.
 */
public enum DraftState {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** States of a draft still being worked on: at most one per document. */
    public static final Set<DraftState> OPEN = Set.of(DRAFT, IN_REVIEW);

    /** The transitions the workflow allows. */
    public boolean canMoveTo(DraftState next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW;
            case IN_REVIEW -> next == DRAFT || next == PUBLISHED;
            case PUBLISHED -> next == ARCHIVED;
            case ARCHIVED -> next == PUBLISHED;
        };
    }
}
