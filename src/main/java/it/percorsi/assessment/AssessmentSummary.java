package it.percorsi.assessment;

import java.time.Instant;
import java.util.Map;

/** One row of an administration's assessment history. */
public record AssessmentSummary(Long id, Instant completedAt, String completedBy, ExperienceLevel experience,
                                Map<String, Integer> scores) {
}
