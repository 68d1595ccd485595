package it.percorsi.path.internal;

import it.percorsi.path.StepStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A step of an administration's path with its progress. A step that a re-planning drops is kept
 * (inactive) with its status, notes and self-check answers, and comes back with them if a later
 * assessment recommends it again.
 */
@Entity
@Table(name = "path_step")
public class PathStep {

    public static final int NOTES_MAX_LENGTH = it.percorsi.path.PathLimits.NOTES_MAX_LENGTH;
    public static final int SKIP_REASON_MAX_LENGTH = it.percorsi.path.PathLimits.SKIP_REASON_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "step_id", nullable = false, length = 80)
    private String stepId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepStatus status;

    @Column(name = "skip_reason", length = SKIP_REASON_MAX_LENGTH)
    private String skipReason;

    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(nullable = false, length = 8000)
    private String reasons;

    @Column(name = "checks_done", nullable = false, length = 2000)
    private String checksDone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    @Column(name = "dropped_at")
    private Instant droppedAt;

    @Version
    private long version;

    protected PathStep() {
    }

    public PathStep(Long planId, String stepId, String title, Instant now) {
        this.planId = planId;
        this.stepId = stepId;
        this.title = PathText.clip(title, 300);
        this.status = StepStatus.TODO;
        this.checksDone = "";
        this.reasons = "";
        this.active = true;
        this.updatedAt = now;
    }

    public void place(int position, String title, List<String> reasons) {
        this.position = position;
        this.title = PathText.clip(title, 300);
        this.reasons = PathText.clip(PathText.joinLines(reasons), 8000);
        this.active = true;
        this.droppedAt = null;
    }

    public void drop(Instant now) {
        active = false;
        droppedAt = now;
    }

    public void changeStatus(StepStatus status, String skipReason, String by, Instant now) {
        this.status = status;
        this.skipReason = status == StepStatus.SKIPPED ? PathText.clip(skipReason, SKIP_REASON_MAX_LENGTH) : null;
        touch(by, now);
    }

    public void setNotes(String notes, String by, Instant now) {
        this.notes = notes == null || notes.isBlank() ? null : notes;
        touch(by, now);
    }

    public void answerCheck(String checkId, boolean done, String by, Instant now) {
        Set<String> ids = PathText.ids(checksDone);
        if (done) {
            ids.add(checkId);
        } else {
            ids.remove(checkId);
        }
        checksDone = String.join(",", ids);
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getStepId() { return stepId; }
    public String getTitle() { return title; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public StepStatus getStatus() { return status; }
    public String getSkipReason() { return skipReason; }
    public String getNotes() { return notes; }
    public List<String> getReasons() { return PathText.lines(reasons); }
    public Set<String> getChecksDone() { return PathText.ids(checksDone); }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getDroppedAt() { return droppedAt; }
    public long getVersion() { return version; }
}
