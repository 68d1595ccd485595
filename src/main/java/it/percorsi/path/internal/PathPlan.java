package it.percorsi.path.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The recommended path of one administration (one per administration, re-planned in place). */
@Entity
@Table(name = "path_plan")
public class PathPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "administration_id", nullable = false)
    private Long administrationId;

    @Column(name = "template_id", nullable = false, length = 80)
    private String templateId;

    @Column(name = "template_title", nullable = false, length = 300)
    private String templateTitle;

    @Column(name = "template_reason", nullable = false, length = 2000)
    private String templateReason;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "hours_per_week")
    private Double hoursPerWeek;

    @Column(name = "budget_weeks")
    private Integer budgetWeeks;

    /** One "step|WHY|reason" per line: the steps the recommendation left out. */
    @Column(name = "left_out", length = 8000)
    private String leftOut;

    @Version
    private long version;

    protected PathPlan() {
    }

    public PathPlan(Long administrationId) {
        this.administrationId = administrationId;
    }

    public void plan(String templateId, String title, String reason, Long assessmentId, Instant now) {
        this.templateId = templateId;
        this.templateTitle = PathText.clip(title, 300);
        this.templateReason = PathText.clip(reason, 2000);
        this.assessmentId = assessmentId;
        this.plannedAt = now;
    }

    /** The time the path was planned for and the steps left out, from the recommendation. */
    public void budget(Double hoursPerWeek, Integer budgetWeeks, java.util.List<LeftOutStep> leftOut) {
        this.hoursPerWeek = hoursPerWeek;
        this.budgetWeeks = budgetWeeks;
        StringBuilder b = new StringBuilder();
        for (LeftOutStep l : leftOut) {
            String line = l.stepId() + "|" + l.why() + "|" + l.reason().replace('\n', ' ') + "\n";
            if (b.length() + line.length() > 8000) {
                break;
            }
            b.append(line);
        }
        this.leftOut = b.toString();
    }

    public record LeftOutStep(String stepId, String why, String reason) {
    }

    public java.util.List<LeftOutStep> leftOut() {
        if (leftOut == null || leftOut.isEmpty()) {
            return java.util.List.of();
        }
        return leftOut.lines().map(l -> l.split("\\|", 3)).filter(p -> p.length == 3)
                .map(p -> new LeftOutStep(p[0], p[1], p[2])).toList();
    }

    public Double getHoursPerWeek() { return hoursPerWeek; }
    public Integer getBudgetWeeks() { return budgetWeeks; }
    public Long getId() { return id; }
    public Long getAdministrationId() { return administrationId; }
    public String getTemplateId() { return templateId; }
    public String getTemplateTitle() { return templateTitle; }
    public String getTemplateReason() { return templateReason; }
    public Long getAssessmentId() { return assessmentId; }
    public Instant getPlannedAt() { return plannedAt; }
}
