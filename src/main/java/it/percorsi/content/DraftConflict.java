package it.percorsi.content;

/**
 * A change to a draft refused because someone else saved it (or moved it in the workflow) since
 * the editor loaded it. Carries the draft as it is now, so the editor can show both texts and the
 * user can keep theirs by saving again over {@code theirs.version()}.
 */
public class DraftConflict extends RuntimeException {

    private final transient DraftInfo theirs;

    public DraftConflict(DraftInfo theirs) {
        super("Draft " + theirs.id() + " changed meanwhile (now version " + theirs.version() + ")");
        this.theirs = theirs;
    }

    public DraftInfo theirs() {
        return theirs;
    }
}
