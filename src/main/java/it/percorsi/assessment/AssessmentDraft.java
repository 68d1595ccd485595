package it.percorsi.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The assessment being filled in by the referents of an administration. */
public record AssessmentDraft(Long id, Map<String, List<String>> answers, int currentSection, String startedBy,
                              String updatedBy, Instant updatedAt) {
}
