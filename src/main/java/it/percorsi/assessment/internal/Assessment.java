package it.percorsi.assessment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-assessment of an administration: a draft its referents fill in together, then a
 * completed assessment with its scores and profile facets frozen at completion (so the history
 * stays as it was even when the questionnaire changes later).
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    public enum Status { DRAFT, COMPLETED }

    /** Answers, facet values: option values are identifiers, so a comma separates them safely. */
    private static final String SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "administration_id", nullable = false)
    private Long administrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "questionnaire_checksum", nullable = false, length = 32)
    private String questionnaireChecksum;

    @Column(name = "current_section", nullable = false)
    private int currentSection;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "question_id", length = 80)
    @Column(name = "answer_values", nullable = false, length = 2000)
    private Map<String, String> answers = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "dimension", length = 80)
    @Column(name = "score", nullable = false)
    private Map<String, Integer> scores = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_facet", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "facet", length = 80)
    @Column(name = "facet_values", nullable = false, length = 2000)
    private Map<String, String> facets = new HashMap<>();

    @Column(name = "scoring_version", nullable = false)
    private int scoringVersion = 1;

    @Column(name = "rescored_at")
    private Instant rescoredAt;

    @Column(name = "experience_before", length = 20)
    private String experienceBefore;

    @Column(name = "scores_before", length = 2000)
    private String scoresBefore;

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(Long administrationId, String questionnaireChecksum, String by, Instant now) {
        this.administrationId = administrationId;
        this.status = Status.DRAFT;
        this.questionnaireChecksum = questionnaireChecksum;
        this.startedBy = by;
        this.startedAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Replaces the answers to the given questions; an empty list clears an answer. */
    public void answer(Map<String, List<String>> given, int section, String by, Instant now) {
        given.forEach((question, values) -> {
            if (values.isEmpty()) {
                answers.remove(question);
            } else {
                answers.put(question, String.join(SEPARATOR, values));
            }
        });
        currentSection = section;
        updatedBy = by;
        updatedAt = now;
    }

    public void complete(Map<String, Integer> scores, Map<String, List<String>> facets, String checksum,
                         int scoringVersion, String by, Instant now) {
        this.scoringVersion = scoringVersion;
        this.scores.clear();
        this.scores.putAll(scores);
        this.facets.clear();
        facets.forEach((k, v) -> this.facets.put(k, String.join(SEPARATOR, v)));
        this.questionnaireChecksum = checksum;
        this.status = Status.COMPLETED;
        this.completedAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * Replaces scores and facets computed with older scoring rules, keeping what they were (the
     * history shows the change); the answers, the completion and who completed it stay as they were.
     */
    public void rescore(Map<String, Integer> newScores, Map<String, List<String>> newFacets, int newVersion,
                        Instant now) {
        List<String> before = facets().getOrDefault("experience", List.of());
        this.experienceBefore = before.isEmpty() ? null : before.getFirst();
        StringBuilder old = new StringBuilder();
        new java.util.TreeMap<>(scores).forEach((k, v) -> old.append(old.isEmpty() ? "" : SEPARATOR).append(k)
                .append('=').append(v));
        this.scoresBefore = old.toString();
        this.scores.clear();
        this.scores.putAll(newScores);
        this.facets.clear();
        newFacets.forEach((k, v) -> this.facets.put(k, String.join(SEPARATOR, v)));
        this.scoringVersion = newVersion;
        this.rescoredAt = now;
    }

    public Map<String, List<String>> answers() {
        return split(answers);
    }

    public Map<String, List<String>> facets() {
        return split(facets);
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }

    private static Map<String, List<String>> split(Map<String, String> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.isEmpty() ? List.of() : Arrays.asList(v.split(SEPARATOR))));
        return out;
    }

    public Long getId() { return id; }
    public Long getAdministrationId() { return administrationId; }
    public Status getStatus() { return status; }
    public String getQuestionnaireChecksum() { return questionnaireChecksum; }
    public int getCurrentSection() { return currentSection; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public long getVersion() { return version; }
    public int getScoringVersion() { return scoringVersion; }
    public Instant getRescoredAt() { return rescoredAt; }
    public String getExperienceBefore() { return experienceBefore; }
    public String getScoresBefore() { return scoresBefore; }
}
