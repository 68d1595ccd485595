package it.percorsi.path;

/** What the referent home shows: the step to work on now and the way to it. */
public record NextStep(Long stepId, String title, StepStatus status, String route, String templateTitle,
                       int progressPercent, int finishedSteps, int totalSteps) {
}
