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

    public Long getId() { return id; }
    public Long getAdministrationId() { return administrationId; }
    public String getTemplateId() { return templateId; }
    public String getTemplateTitle() { return templateTitle; }
    public String getTemplateReason() { return templateReason; }
    public Long getAssessmentId() { return assessmentId; }
    public Instant getPlannedAt() { return plannedAt; }
}
