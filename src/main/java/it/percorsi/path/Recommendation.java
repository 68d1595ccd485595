package it.percorsi.path;

import java.util.List;

/**
 * The path chosen for a profile: a template and its steps in order, each with its reasons; the
 * steps left out with the reason; and the effort against the time the administration has.
 * Texts are the Italian ones, as stored with the plan; {@link PathLibrary#localizer()} finds
 * their English version for the page.
 * {@code hoursPerWeek}, {@code budgetWeeks} and {@code estimatedWeeks} are null when the library's
 * settings do not say (or the profile does not tell) how much time there is.
 */
public record Recommendation(String templateId, String templateTitle, String templateReason, List<Step> steps,
                             List<LeftOut> leftOut, double effortHours, Double hoursPerWeek, Integer budgetWeeks,
                             Integer estimatedWeeks) {

    public Recommendation {
        steps = List.copyOf(steps);
        leftOut = List.copyOf(leftOut);
    }

    /** A step of the recommendation; every reason completes the sentence "Recommended because ...". */
    public record Step(String stepId, List<String> reasons) {
    }

    /** Why a step that matched the profile is not in the path. */
    public enum Why { ALREADY_DONE, RESOURCES, TIME_BUDGET }

    /** A step left out; {@code reason} completes the sentence "Left out because ...". */
    public record LeftOut(String stepId, Why why, String reason) {
    }

    public List<String> stepIds() {
        return steps.stream().map(Step::stepId).toList();
    }

    public List<String> leftOutIds() {
        return leftOut.stream().map(LeftOut::stepId).toList();
    }

    /** Whether the effort is more than the hours a week times the weeks the administration gave itself. */
    public boolean overBudget() {
        return hoursPerWeek != null && budgetWeeks != null && effortHours > hoursPerWeek * budgetWeeks;
    }
}
