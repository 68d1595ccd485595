package it.percorsi.path;

/** Where the referents are with a step; SKIPPED always carries a reason. */
public enum StepStatus {
    TODO, IN_PROGRESS, DONE, SKIPPED;

    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
