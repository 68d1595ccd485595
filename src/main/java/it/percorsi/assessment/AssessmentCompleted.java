package it.percorsi.assessment;

import java.time.Instant;

/** Published when the referents of an administration complete a self-assessment. */
public record AssessmentCompleted(Long assessmentId, Long administrationId, Profile profile, String completedBy,
                                  Instant completedAt) {
}
