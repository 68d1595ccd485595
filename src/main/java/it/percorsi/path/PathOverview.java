package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.time.Instant;
import java.util.List;

/**
 * An administration's path as its referents see it: the template, why, the steps and the progress;
 * the time it takes (weeks at the hours a week the administration has, against the weeks it gave
 * itself; null when unknown) and the steps left out with the reason.
 */
public record PathOverview(Long planId, String templateId, Localized templateTitle, Localized templateSummary,
                           Localized templateReason, Instant plannedAt, int progressPercent, double totalEffortHours,
                           double remainingEffortHours, List<PathStepView> steps, List<PathStepView> droppedSteps,
                           Double hoursPerWeek, Integer budgetWeeks, List<LeftOutView> leftOut) {

    /** A step the recommendation left out: its title, why (a Recommendation.Why name) and the reason. */
    public record LeftOutView(String stepId, Localized title, String why, Localized reason) {
    }

    public PathOverview(Long planId, String templateId, Localized templateTitle, Localized templateSummary,
                        Localized templateReason, Instant plannedAt, int progressPercent, double totalEffortHours,
                        double remainingEffortHours, List<PathStepView> steps, List<PathStepView> droppedSteps) {
        this(planId, templateId, templateTitle, templateSummary, templateReason, plannedAt, progressPercent,
                totalEffortHours, remainingEffortHours, steps, droppedSteps, null, null, List.of());
    }

    /** Weeks the whole path takes at the hours a week available (null when unknown). */
    public Integer estimatedWeeks() {
        return hoursPerWeek == null || hoursPerWeek <= 0 ? null : (int) Math.ceil(totalEffortHours / hoursPerWeek);
    }

    public boolean overBudget() {
        Integer weeks = estimatedWeeks();
        return weeks != null && budgetWeeks != null && weeks > budgetWeeks;
    }

    public java.util.Optional<PathStepView> currentStep() {
        return steps.stream().filter(PathStepView::current).findFirst();
    }
}
