package it.percorsi.path;

import it.percorsi.base.i18n.Localized;

/** What the referent home shows: the step to work on now and the way to it. */
public record NextStep(Long stepId, Localized title, StepStatus status, String route, Localized templateTitle,
                       int progressPercent, int finishedSteps, int totalSteps) {
}
