package it.percorsi.helpdesk;

import it.percorsi.account.AccountDirectory;
import it.percorsi.account.CurrentUser;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.MarkdownRenderer;
import it.percorsi.helpdesk.HelpdeskEvents.TicketAnswered;
import it.percorsi.helpdesk.HelpdeskEvents.TicketCreated;
import it.percorsi.helpdesk.HelpdeskEvents.TicketRatedPoorly;
import it.percorsi.helpdesk.HelpdeskEvents.TicketResolved;
import it.percorsi.helpdesk.HelpdeskEvents.TicketStatusChanged;
import it.percorsi.helpdesk.HelpdeskEvents.TicketUpdatedByRequester;
import it.percorsi.helpdesk.internal.RatingTokens;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketHistory;
import it.percorsi.helpdesk.internal.TicketHistoryRepository;
import it.percorsi.helpdesk.internal.TicketMessage;
import it.percorsi.helpdesk.internal.TicketMessageRepository;
import it.percorsi.helpdesk.internal.TicketNumbers;
import it.percorsi.helpdesk.internal.TicketRepository;
import it.percorsi.path.PathService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as referents and staff work them. Referents reach only their administration's tickets
 * (another administration's id is "not found"); internal notes and the history are for staff.
 * Staff edits carry the version they were based on: a stale one is refused (TicketChanged).
 */
@Service
public class TicketService {

    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 20000;
    public static final int RATING_COMMENT_MAX_LENGTH = 2000;
    /** The whole text of a message that came by e-mail (the column's limit). */
    static final int ORIGINAL_MAX_LENGTH = 100000;
    static final String STAFF_ROLES = "hasAnyRole('HELPDESK','ADMIN')";
    static final String TICKET_ROLES = "hasAnyRole('REFERENT','HELPDESK','ADMIN')";

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final TicketHistoryRepository history;
    private final TicketNumbers numbers;
    private final SlaService sla;
    private final TicketSla ticketSla;
    private final AttachmentService attachments;
    private final TicketAccess access;
    private final RatingTokens ratingTokens;
    private final HelpdeskProperties properties;
    private final AccountDirectory directory;
    private final CurrentUserProvider currentUser;
    private final PathService paths;
    private final MarkdownRenderer markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketService(TicketRepository tickets, TicketMessageRepository messages, TicketHistoryRepository history,
                  TicketNumbers numbers, SlaService sla, TicketSla ticketSla, AttachmentService attachments,
                  TicketAccess access, RatingTokens ratingTokens, HelpdeskProperties properties, AccountDirectory directory,
                  CurrentUserProvider currentUser, PathService paths, MarkdownRenderer markdown,
                  ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.history = history;
        this.numbers = numbers;
        this.sla = sla;
        this.ticketSla = ticketSla;
        this.attachments = attachments;
        this.access = access;
        this.ratingTokens = ratingTokens;
        this.properties = properties;
        this.directory = directory;
        this.currentUser = currentUser;
        this.paths = paths;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** The title of one of the referent's path steps, to pre-fill a question asked from it. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public java.util.Optional<String> pathStepTitle(Long pathStepId) {
        if (pathStepId == null) {
            return java.util.Optional.empty();
        }
        return paths.currentPath().flatMap(p -> p.steps().stream().filter(s -> s.id().equals(pathStepId))
                .findFirst()).map(s -> s.title().it());
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public TicketDetails ask(TicketRequest request, List<NewAttachment> files) {
        CurrentUser user = currentUser.require();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        checkText(errors, "subject", request.subject(), SUBJECT_MAX_LENGTH);
        checkText(errors, "body", request.body(), BODY_MAX_LENGTH);
        if (request.category() == null) {
            errors.add("category", "hd.error.required");
        }
        String stepTitle = null;
        if (request.pathStepId() != null) {
            stepTitle = pathStepTitle(request.pathStepId()).orElse(null);
            if (stepTitle == null) {
                errors.add("pathStep", "hd.error.stepNotFound");
            }
        }
        attachments.check(errors, files, 0);
        errors.throwIfAny();
        Instant now = clock.instant();
        TicketPriority priority = TicketPriority.NORMAL;
        Instant[] dues = sla.dues(now, priority);
        String adminName = directory.administrationName(user.administrationId());
        Ticket t = tickets.save(new Ticket(numbers.next(now, BusinessCalendar.ROME), user.administrationId(), adminName,
                user.id(), displayName(user), user.email(), user.locale().toLanguageTag(), request.subject().strip(),
                request.body().strip(), request.category(), request.pathStepId(), stepTitle, priority, now, dues[0],
                dues[1]));
        log(t, "CREATED", null, t.getNumber());
        attachments.store(t.getId(), null, files, displayName(user), now);
        events.publishEvent(new TicketCreated(t.getNumber(), t.getSubject(), adminName, t.getRequesterName(),
                HelpdeskRoutes.ticket(t.getId()), directory.activeWithRole(Role.HELPDESK).stream().map(Recipient::of)
                .toList()));
        return details(t, false);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<TicketSummary> myAdministrationTickets(int limit) {
        Instant now = clock.instant();
        return tickets.findByAdministrationIdOrderByCreatedAtDesc(currentUser.requireAdministrationId(),
                PageRequest.of(0, limit)).stream().map(t -> summary(t, now)).toList();
    }

    /** Every ticket of the referent's administration still being worked (new, open, waiting), newest first. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<TicketSummary> myAdministrationOpenTickets() {
        Instant now = clock.instant();
        List<TicketStatus> active = java.util.Arrays.stream(TicketStatus.values()).filter(TicketStatus::active).toList();
        return tickets.findByAdministrationIdAndStatusInOrderByCreatedAtDesc(currentUser.requireAdministrationId(), active)
                .stream().map(t -> summary(t, now)).toList();
    }

    @PreAuthorize(TICKET_ROLES)
    @Transactional(readOnly = true)
    public TicketDetails ticket(Long id) {
        return details(load(id), isStaff());
    }

    /**
     * A public reply. From staff it is the (first) response and moves the ticket to
     * {@code newStatus} (default WAITING_FOR_USER); from the requester's side it resumes a ticket
     * waiting for them, and reopens a resolved one within the reopen period.
     */
    @PreAuthorize(TICKET_ROLES)
    @Transactional
    public TicketDetails reply(Long id, String text, TicketStatus newStatus, Long expectedVersion,
                               List<NewAttachment> files) {
        Ticket t = load(id);
        boolean staff = isStaff();
        if (staff) {
            checkVersion(t, expectedVersion);
        }
        FieldErrors.Builder errors = new FieldErrors.Builder();
        checkText(errors, "reply", text, BODY_MAX_LENGTH);
        attachments.check(errors, files, attachments.totalBytes(t.getId()));
        if (t.getStatus() == TicketStatus.CLOSED) {
            errors.add("reply", "hd.error.closed");
        }
        if (!staff && t.getStatus() == TicketStatus.RESOLVED && !canReopen(t)) {
            errors.add("reply", "hd.error.reopenExpired");
        }
        TicketStatus target = staff ? (newStatus == null ? TicketStatus.WAITING_FOR_USER : newStatus) : null;
        if (staff && target != t.getStatus() && !t.getStatus().canMoveTo(target)) {
            errors.add("status", "hd.error.transition");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        CurrentUser user = currentUser.require();
        TicketMessage m = messages.save(new TicketMessage(t.getId(), user.id(), displayName(user), staff, false,
                text.strip(), now));
        attachments.store(t.getId(), m.getId(), files, displayName(user), now);
        log(t, "REPLY", null, excerpt(text));
        if (staff) {
            t.firstResponse(now);
            if (target != t.getStatus()) {
                moveTo(t, target, now, false);
            }
            t.touch(now);
            events.publishEvent(new TicketAnswered(t.getNumber(), t.getSubject(), displayName(user), text.strip(),
                    HelpdeskRoutes.ticket(t.getId()), requester(t)));
            if (target == TicketStatus.RESOLVED) {
                publishResolved(t, now);
            }
        } else {
            if (t.getStatus() == TicketStatus.WAITING_FOR_USER || t.getStatus() == TicketStatus.RESOLVED) {
                moveTo(t, TicketStatus.OPEN, now, false);
            }
            t.touch(now);
            events.publishEvent(new TicketUpdatedByRequester(t.getNumber(), t.getSubject(), displayName(user),
                    text.strip(), HelpdeskRoutes.ticket(t.getId()), deskRecipients(t)));
        }
        tickets.flush();
        return details(t, staff);
    }

    @PreAuthorize(STAFF_ROLES)
    @Transactional
    public TicketDetails addNote(Long id, String text, Long expectedVersion) {
        Ticket t = load(id);
        checkVersion(t, expectedVersion);
        FieldErrors.Builder errors = new FieldErrors.Builder();
        checkText(errors, "note", text, BODY_MAX_LENGTH);
        errors.throwIfAny();
        Instant now = clock.instant();
        CurrentUser user = currentUser.require();
        messages.save(new TicketMessage(t.getId(), user.id(), displayName(user), true, true, text.strip(), now));
        log(t, "NOTE", null, null);
        t.touch(now);
        tickets.flush();
        return details(t, true);
    }

    @PreAuthorize(STAFF_ROLES)
    @Transactional
    public TicketDetails changeStatus(Long id, TicketStatus status, Long expectedVersion) {
        Ticket t = load(id);
        checkVersion(t, expectedVersion);
        if (status == t.getStatus()) {
            return details(t, true);
        }
        if (!t.getStatus().canMoveTo(status)) {
            throw FieldErrors.of("status", "hd.error.transition");
        }
        Instant now = clock.instant();
        moveTo(t, status, now, true);
        tickets.flush();
        return details(t, true);
    }

    @PreAuthorize(STAFF_ROLES)
    @Transactional
    public TicketDetails changePriority(Long id, TicketPriority priority, Long expectedVersion) {
        Ticket t = load(id);
        checkVersion(t, expectedVersion);
        if (priority == t.getPriority()) {
            return details(t, true);
        }
        Instant now = clock.instant();
        log(t, "PRIORITY", t.getPriority().name(), priority.name());
        ticketSla.reprioritise(t, priority, now);
        t.touch(now);
        tickets.flush();
        return details(t, true);
    }

    @PreAuthorize(STAFF_ROLES)
    @Transactional
    public TicketDetails assign(Long id, Long assigneeId, Long expectedVersion) {
        Ticket t = load(id);
        checkVersion(t, expectedVersion);
        assignTo(t, assigneeId);
        tickets.flush();
        return details(t, true);
    }

    @PreAuthorize(STAFF_ROLES)
    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        return java.util.stream.Stream.of(Role.HELPDESK, Role.ADMIN).flatMap(r -> directory.activeWithRole(r).stream())
                .map(c -> new StaffMember(c.id(), c.fullName())).toList();
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public TicketDetails rate(Long id, int score, String comment) {
        Ticket t = load(id);
        rateTicket(t, score, comment, displayName(currentUser.require()));
        tickets.flush();
        return details(t, false);
    }

    /**
     * A public reply that came by e-mail from {@code author}, who the caller has checked may write
     * on the ticket (a referent of its administration, or its staff): the same effects as a reply
     * in the portal (the requester's resumes a paused SLA or reopens; staff's is the response and
     * waits for the user, and is mailed on to the requester). Files were checked by the caller.
     */
    TicketMessage replyFromMail(Ticket t, CurrentUser author, boolean staff, String text, String original,
                                List<NewAttachment> files) {
        Instant now = clock.instant();
        String name = displayName(author);
        String body = clip(text, BODY_MAX_LENGTH);
        TicketMessage m = messages.save(new TicketMessage(t.getId(), author.id(), name, staff, false, body, now)
                .withOriginal(clip(original, ORIGINAL_MAX_LENGTH)));
        attachments.store(t.getId(), m.getId(), files, name, now);
        log(t, "MAIL", null, excerpt(body), name);
        if (staff) {
            t.firstResponse(now);
            if (t.getStatus() != TicketStatus.WAITING_FOR_USER && t.getStatus().canMoveTo(TicketStatus.WAITING_FOR_USER)) {
                moveTo(t, TicketStatus.WAITING_FOR_USER, now, false, name);
            }
            t.touch(now);
            events.publishEvent(new TicketAnswered(t.getNumber(), t.getSubject(), name, body,
                    HelpdeskRoutes.ticket(t.getId()), requester(t)));
        } else {
            if (t.getStatus() == TicketStatus.WAITING_FOR_USER || t.getStatus() == TicketStatus.RESOLVED) {
                moveTo(t, TicketStatus.OPEN, now, false, name);
            }
            t.touch(now);
            events.publishEvent(new TicketUpdatedByRequester(t.getNumber(), t.getSubject(), name, body,
                    HelpdeskRoutes.ticket(t.getId()), deskRecipients(t)));
        }
        tickets.flush();
        return m;
    }

    /** Whether a reply may still land: never on a closed ticket, from the requester's side only within the reopen period. */
    boolean acceptsMailReply(Ticket t, boolean staff) {
        return t.getStatus() != TicketStatus.CLOSED && (staff || t.getStatus() != TicketStatus.RESOLVED || canReopen(t));
    }

    /** A new question mailed by a known referent that matched no ticket (category OTHER). */
    Ticket openFromMail(CurrentUser referent, String subject, String text, String original, List<NewAttachment> files) {
        Instant now = clock.instant();
        TicketPriority priority = TicketPriority.NORMAL;
        Instant[] dues = sla.dues(now, priority);
        String adminName = directory.administrationName(referent.administrationId());
        String cleanSubject = subject == null || subject.isBlank() ? "(e-mail)" : clip(subject.strip(), SUBJECT_MAX_LENGTH);
        Ticket t = tickets.save(new Ticket(numbers.next(now, BusinessCalendar.ROME), referent.administrationId(),
                adminName, referent.id(), displayName(referent), referent.email(), referent.locale().toLanguageTag(),
                cleanSubject, clip(text, BODY_MAX_LENGTH), TicketCategory.OTHER, null, null, priority, now, dues[0],
                dues[1]).withOriginal(clip(original, ORIGINAL_MAX_LENGTH)));
        log(t, "CREATED", null, t.getNumber(), displayName(referent));
        attachments.store(t.getId(), null, files, displayName(referent), now);
        events.publishEvent(new TicketCreated(t.getNumber(), t.getSubject(), adminName, t.getRequesterName(),
                HelpdeskRoutes.ticket(t.getId()), directory.activeWithRole(Role.HELPDESK).stream().map(Recipient::of)
                .toList()));
        return t;
    }

    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    void assignTo(Ticket t, Long assigneeId) {
        if (java.util.Objects.equals(assigneeId, t.getAssigneeId())) {
            return;
        }
        String name = null;
        if (assigneeId != null) {
            StaffMember member = staff().stream().filter(s -> s.id().equals(assigneeId)).findFirst()
                    .orElseThrow(() -> FieldErrors.of("assignee", "hd.error.assignee"));
            name = member.name();
        }
        log(t, "ASSIGNEE", t.getAssigneeName(), name);
        t.assign(assigneeId, name);
        Instant now = clock.instant();
        if (t.getStatus() == TicketStatus.NEW && assigneeId != null) {
            moveTo(t, TicketStatus.OPEN, now, true);
        }
        t.touch(now);
    }

    void rateTicket(Ticket t, int score, String comment, String by) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (score < 1 || score > 5) {
            errors.add("score", "hd.error.score");
        }
        if (comment != null && comment.length() > RATING_COMMENT_MAX_LENGTH) {
            errors.add("comment", "hd.error.tooLong");
        }
        if (t.getStatus() != TicketStatus.RESOLVED && t.getStatus() != TicketStatus.CLOSED) {
            errors.add("score", "hd.error.notResolved");
        }
        errors.throwIfAny();
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        t.rate(score, clean, clock.instant());
        log(t, "RATING", null, score + (clean == null ? "" : ": " + clean), by);
        if (score <= 2) {
            events.publishEvent(new TicketRatedPoorly(t.getNumber(), t.getSubject(), score, clean,
                    HelpdeskRoutes.ticket(t.getId()), admins()));
        }
    }

    /** Moves the ticket, pausing or resuming its SLA clock, and tells the requester. */
    void moveTo(Ticket t, TicketStatus status, Instant now, boolean notify) {
        moveTo(t, status, now, notify, null);
    }

    private void moveTo(Ticket t, TicketStatus status, Instant now, boolean notify, String by) {
        TicketStatus old = t.getStatus();
        ticketSla.beforeMove(t, old, status, now);
        t.setStatus(status, now);
        if (by == null) {
            log(t, "STATUS", old.name(), status.name());
        } else {
            log(t, "STATUS", old.name(), status.name(), by);
        }
        if (!notify) {
            return;
        }
        if (status == TicketStatus.RESOLVED) {
            publishResolved(t, now);
        } else {
            events.publishEvent(new TicketStatusChanged(t.getNumber(), t.getSubject(), status,
                    HelpdeskRoutes.ticket(t.getId()), requester(t)));
        }
    }

    private void publishResolved(Ticket t, Instant now) {
        Instant expires = now.plus(properties.ratingLinkValidity());
        String token = ratingTokens.issue(t.getId(), expires);
        events.publishEvent(new TicketResolved(t.getNumber(), t.getSubject(), HelpdeskRoutes.ticket(t.getId()),
                IntStream.rangeClosed(1, 5).mapToObj(s -> HelpdeskRoutes.rate(token, s)).toList(), expires,
                requester(t)));
    }

    Ticket load(Long id) {
        return access.load(id);
    }

    private boolean isStaff() {
        return access.isStaff();
    }

    private static void checkVersion(Ticket t, Long expected) {
        if (expected == null || expected != t.getVersion()) {
            throw new TicketChanged(t.getNumber());
        }
    }

    boolean canReopen(Ticket t) {
        return t.getStatus() == TicketStatus.RESOLVED && t.getResolvedAt() != null
                && !clock.instant().isAfter(t.getResolvedAt().plus(Duration.ofDays(sla.reopenDays())));
    }

    private Recipient requester(Ticket t) {
        return new Recipient(t.getRequesterId(), t.getRequesterEmail(), t.getRequesterName(),
                java.util.Locale.forLanguageTag(t.getRequesterLocale()));
    }

    private List<Recipient> deskRecipients(Ticket t) {
        if (t.getAssigneeId() != null) {
            return directory.find(t.getAssigneeId()).map(Recipient::of).map(List::of).orElse(List.of());
        }
        return directory.activeWithRole(Role.HELPDESK).stream().map(Recipient::of).toList();
    }

    List<Recipient> admins() {
        return directory.activeWithRole(Role.ADMIN).stream().map(Recipient::of).toList();
    }

    void log(Ticket t, String action, String oldValue, String newValue) {
        log(t, action, oldValue, newValue, currentUser.get().map(TicketService::displayName).orElse("Percorsi"));
    }

    void log(Ticket t, String action, String oldValue, String newValue, String by) {
        history.save(new TicketHistory(t.getId(), by, action, oldValue, newValue, clock.instant()));
    }

    static String displayName(CurrentUser user) {
        return user.fullName() == null || user.fullName().isBlank() ? user.email() : user.fullName();
    }

    static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }

    private static void checkText(FieldErrors.Builder errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "hd.error.required");
        } else if (value.length() > max) {
            errors.add(field, "hd.error.tooLong");
        }
    }

    TicketSummary summary(Ticket t, Instant now) {
        return new TicketSummary(t.getId(), t.getNumber(), t.getSubject(), t.getAdministrationName(),
                t.getRequesterName(), t.getCategory(), t.getStatus(), t.getPriority(), t.getAssigneeId(),
                t.getAssigneeName(), t.getCreatedAt(), t.getDueAt(), t.getDueAt() != null && t.getDueAt().isBefore(now));
    }

    TicketDetails details(Ticket t, boolean staff) {
        Instant now = clock.instant();
        List<TicketDetails.Message> msgs = (staff ? messages.findByTicketIdOrderByCreatedAtAscIdAsc(t.getId())
                : messages.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(t.getId())).stream()
                .map(m -> new TicketDetails.Message(m.getId(), m.getAuthorName(), m.isStaff(), m.isInternal(),
                        markdown.renderUntrusted(m.getBody()), m.getCreatedAt(),
                        staff ? m.getOriginalBody() : null)).toList();
        List<TicketDetails.HistoryEntry> changes = staff ? history.findByTicketIdOrderByAtAscIdAsc(t.getId()).stream()
                .map(h -> new TicketDetails.HistoryEntry(h.getActorName(), h.getAction(), h.getOldValue(),
                        h.getNewValue(), h.getAt())).toList() : List.of();
        boolean canRate = !staff && (t.getStatus() == TicketStatus.RESOLVED || t.getStatus() == TicketStatus.CLOSED);
        return new TicketDetails(t.getId(), t.getNumber(), t.getSubject(), t.getBody(),
                markdown.renderUntrusted(t.getBody()), t.getCategory(), t.getPathStepId(), t.getPathStepTitle(),
                t.getStatus(), t.getPriority(), t.getAssigneeId(), t.getAssigneeName(), t.getRequesterName(),
                t.getAdministrationName(), t.getCreatedAt(), t.getFirstResponseAt(), t.getFirstResponseDueAt(),
                t.getResolutionDueAt(), t.getDueAt(), t.getDueAt() != null && t.getDueAt().isBefore(now),
                t.getPausedAt() != null, t.getResolvedAt(), t.getRating(), t.getRatingComment(),
                !staff && canReopen(t), canRate, msgs, changes, attachments.list(t.getId()),
                staff ? t.getOriginalBody() : null, t.getVersion());
    }
}
