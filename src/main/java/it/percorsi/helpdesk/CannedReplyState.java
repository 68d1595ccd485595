package it.percorsi.helpdesk;

import java.util.Set;

/**
 * Where a canned reply is in its workflow: written as a DRAFT, PUBLISHED to be offered to agents
 * answering a ticket, ARCHIVED when no longer used (kept, not offered). A published reply can go
 * back to draft; an archived one comes back as a draft.
 */
public enum CannedReplyState {
    DRAFT, PUBLISHED, ARCHIVED;

    /** Whether a reply in this state may be moved to {@code next}. */
    public boolean canMoveTo(CannedReplyState next) {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, ARCHIVED).contains(next);
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED).contains(next);
            case ARCHIVED -> next == DRAFT;
        };
    }
}
