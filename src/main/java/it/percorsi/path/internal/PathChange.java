package it.percorsi.path.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a path's history: who changed what and when. Never updated or deleted. */
@Entity
@Table(name = "path_change")
public class PathChange {

    public enum Action { PLANNED, REPLANNED, STEP_ADDED, STEP_DROPPED, STATUS, NOTES, CHECK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "step_id", length = 80)
    private String stepId;

    @Column(name = "step_title", length = 300)
    private String stepTitle;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(length = 2000)
    private String detail;

    protected PathChange() {
    }

    public PathChange(Long planId, PathStep step, Action action, String detail, String by, Instant at) {
        this.planId = planId;
        this.stepId = step == null ? null : step.getStepId();
        this.stepTitle = step == null ? null : step.getTitle();
        this.action = action;
        this.detail = PathText.clip(detail, 2000);
        this.changedBy = PathText.clip(by, 200);
        this.changedAt = at;
    }

    public Long getId() { return id; }
    public String getStepId() { return stepId; }
    public String getStepTitle() { return stepTitle; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public Action getAction() { return action; }
    public String getDetail() { return detail; }
}
