package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.TicketCategory;
import it.percorsi.helpdesk.TicketPriority;
import it.percorsi.helpdesk.TicketStatus;
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

/**
 * A question of an administration. The SLA state lives here: due times for first response and
 * resolution, or, while WAITING_FOR_USER, the working minutes that were left when the clock
 * paused. {@code dueAt} is the next due time (what the queue sorts by); null when nothing is due.
 */
@Entity
@Table(name = "hd_ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_number", nullable = false)
    private String number;
    private Long administrationId;
    private String administrationName;
    private Long requesterId;
    private String requesterName;
    private String requesterEmail;
    private String requesterLocale;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private TicketCategory category;
    private Long pathStepId;
    private String pathStepTitle;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    @Enumerated(EnumType.STRING)
    private TicketPriority priority;
    private Long assigneeId;
    private String assigneeName;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Instant firstResponseDueAt;
    private Instant resolutionDueAt;
    @Column(name = "first_response_left_min")
    private Long firstResponseLeftMinutes;
    @Column(name = "resolution_left_min")
    private Long resolutionLeftMinutes;
    private Instant pausedAt;
    private Instant dueAt;
    private Instant breachNotifiedDueAt;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;
    /** A ticket opened by e-mail: the whole text as written (quotes and signature included), for staff. */
    private String originalBody;
    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(String number, Long administrationId, String administrationName, Long requesterId,
                  String requesterName, String requesterEmail, String requesterLocale, String subject, String body,
                  TicketCategory category, Long pathStepId, String pathStepTitle, TicketPriority priority,
                  Instant now, Instant firstResponseDue, Instant resolutionDue) {
        this.number = number;
        this.administrationId = administrationId;
        this.administrationName = administrationName;
        this.requesterId = requesterId;
        this.requesterName = requesterName;
        this.requesterEmail = requesterEmail;
        this.requesterLocale = requesterLocale;
        this.subject = subject;
        this.body = body;
        this.category = category;
        this.pathStepId = pathStepId;
        this.pathStepTitle = pathStepTitle;
        this.priority = priority;
        this.status = TicketStatus.NEW;
        this.createdAt = now;
        this.updatedAt = now;
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
        refreshDue();
    }

    /** The next due time: first response while unanswered, then resolution; none while paused or done. */
    public void refreshDue() {
        if (!status.active() || status == TicketStatus.WAITING_FOR_USER) {
            dueAt = null;
        } else if (firstResponseAt == null && firstResponseDueAt != null
                && (resolutionDueAt == null || firstResponseDueAt.isBefore(resolutionDueAt))) {
            dueAt = firstResponseDueAt;
        } else {
            dueAt = resolutionDueAt;
        }
    }

    public void pause(Instant now, Long firstResponseLeft, Long resolutionLeft) {
        pausedAt = now;
        firstResponseLeftMinutes = firstResponseLeft;
        resolutionLeftMinutes = resolutionLeft;
        // a due time already passed is kept as it is: the breach stays the same breach
        firstResponseDueAt = firstResponseLeft != null && firstResponseLeft < 0 ? firstResponseDueAt : null;
        resolutionDueAt = resolutionLeft != null && resolutionLeft < 0 ? resolutionDueAt : null;
    }

    public void resume(Instant firstResponseDue, Instant resolutionDue) {
        pausedAt = null;
        firstResponseLeftMinutes = null;
        resolutionLeftMinutes = null;
        firstResponseDueAt = firstResponseDue;
        resolutionDueAt = resolutionDue;
    }

    public void setStatus(TicketStatus status, Instant now) {
        this.status = status;
        if (status == TicketStatus.RESOLVED) {
            resolvedAt = now;
        } else if (status == TicketStatus.CLOSED) {
            closedAt = now;
        } else {
            resolvedAt = null;
        }
        touch(now);
    }

    public void touch(Instant now) {
        updatedAt = now;
        refreshDue();
    }

    public void firstResponse(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    public void assign(Long assigneeId, String assigneeName) {
        this.assigneeId = assigneeId;
        this.assigneeName = assigneeName;
    }

    public void setPriority(TicketPriority priority) {
        this.priority = priority;
    }

    public void dues(Instant firstResponseDue, Instant resolutionDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
        refreshDue();
    }

    public void breachNotified() {
        breachNotifiedDueAt = dueAt;
    }

    public void rate(int score, String comment, Instant now) {
        rating = score;
        ratingComment = comment;
        ratedAt = now;
    }

    public Ticket withOriginal(String original) {
        this.originalBody = original;
        return this;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getAdministrationId() { return administrationId; }
    public String getAdministrationName() { return administrationName; }
    public Long getRequesterId() { return requesterId; }
    public String getRequesterName() { return requesterName; }
    public String getRequesterEmail() { return requesterEmail; }
    public String getRequesterLocale() { return requesterLocale; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public TicketCategory getCategory() { return category; }
    public Long getPathStepId() { return pathStepId; }
    public String getPathStepTitle() { return pathStepTitle; }
    public TicketStatus getStatus() { return status; }
    public TicketPriority getPriority() { return priority; }
    public Long getAssigneeId() { return assigneeId; }
    public String getAssigneeName() { return assigneeName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getFirstResponseDueAt() { return firstResponseDueAt; }
    public Instant getResolutionDueAt() { return resolutionDueAt; }
    public Long getFirstResponseLeftMinutes() { return firstResponseLeftMinutes; }
    public Long getResolutionLeftMinutes() { return resolutionLeftMinutes; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getBreachNotifiedDueAt() { return breachNotifiedDueAt; }
    public Integer getRating() { return rating; }
    public String getRatingComment() { return ratingComment; }
    public Instant getRatedAt() { return ratedAt; }
    public String getOriginalBody() { return originalBody; }
    public long getVersion() { return version; }
}
