package it.percorsi.path;

/** Limits of what a referent writes on a path step, shared by the service checks, the entity and the UI fields. */
public final class PathLimits {

    public static final int NOTES_MAX_LENGTH = 20000;
    public static final int SKIP_REASON_MAX_LENGTH = 1000;

    private PathLimits() {
    }
}
