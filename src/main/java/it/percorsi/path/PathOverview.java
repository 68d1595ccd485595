package it.percorsi.path;

import java.time.Instant;
import java.util.List;

/** An administration's path as its referents see it: the template, why, the steps and the progress. */
public record PathOverview(Long planId, String templateId, String templateTitle, String templateSummary,
                           String templateReason, Instant plannedAt, int progressPercent, double totalEffortHours,
                           double remainingEffortHours, List<PathStepView> steps, List<PathStepView> droppedSteps) {

    public java.util.Optional<PathStepView> currentStep() {
        return steps.stream().filter(PathStepView::current).findFirst();
    }
}
