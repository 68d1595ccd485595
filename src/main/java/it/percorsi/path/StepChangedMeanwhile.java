package it.percorsi.path;

/**
 * A save made from a page that showed an older state of the step: someone else changed it in
 * between. Nothing was written; {@code current} is the step as it is now (the other person's
 * version), so the page can show it next to what the user typed.
 */
public class StepChangedMeanwhile extends RuntimeException {

    private final transient PathStepView current;

    public StepChangedMeanwhile(PathStepView current) {
        super("The step was changed by someone else since the page was shown");
        this.current = current;
    }

    public PathStepView current() {
        return current;
    }
}
