package it.percorsi.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * A completed assessment: its profile and scores, and the scores of the assessment before it
 * (null when it is the first), for the comparison on the results page.
 */
public record AssessmentResult(Long id, Instant completedAt, String completedBy, Profile profile,
                               Map<String, Integer> previousScores, Instant previousCompletedAt) {
}
