package it.percorsi.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * One row of an administration's assessment history. {@code rescoredAt} and {@code experienceBefore}
 * are set when the scores were recomputed with newer scoring rules after completion (else null).
 */
public record AssessmentSummary(Long id, Instant completedAt, String completedBy, ExperienceLevel experience,
                                Map<String, Integer> scores, Instant rescoredAt, ExperienceLevel experienceBefore) {

    public AssessmentSummary(Long id, Instant completedAt, String completedBy, ExperienceLevel experience,
                             Map<String, Integer> scores) {
        this(id, completedAt, completedBy, experience, scores, null, null);
    }
}
