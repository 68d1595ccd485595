package it.percorsi.helpdesk;

import it.percorsi.account.AccountDirectory;
import it.percorsi.account.BaseUrl;
import it.percorsi.account.CurrentUser;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.HelpdeskEvents.CallBooked;
import it.percorsi.helpdesk.HelpdeskEvents.CallCancelled;
import it.percorsi.helpdesk.HelpdeskEvents.CallDetails;
import it.percorsi.helpdesk.HelpdeskEvents.CallInvitation;
import it.percorsi.helpdesk.HelpdeskEvents.CallUpdated;
import it.percorsi.helpdesk.internal.CallSlot;
import it.percorsi.helpdesk.internal.CallSlotRepository;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls with the help desk. Staff publish slots (start, length, video-call link); a referent books
 * a free future slot for one of their administration's tickets or for a topic; either side may
 * cancel before the call starts, which frees the slot. Both sides are told by mail with an
 * iCalendar invitation (see {@link CallCalendar}) and in the portal. Two referents booking the
 * same slot at once: the slot's version lets only the first one through, the other gets
 * "hd.call.error.taken" next to the slot field.
 */
@Service
public class CallService {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 240;
    public static final int LINK_MAX_LENGTH = 500;
    public static final int TOPIC_MAX_LENGTH = 200;
    static final int LIST_LIMIT = 300;
    /** Staff see the slots of the last days too (calls just held, their bookings). */
    static final Duration STAFF_LOOKBACK = Duration.ofDays(7);
    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BusinessCalendar.ROME);

    private final CallSlotRepository slots;
    private final TicketRepository tickets;
    private final TicketAccess access;
    private final TicketService ticketService;
    private final AccountDirectory directory;
    private final CurrentUserProvider currentUser;
    private final BaseUrl baseUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallService(CallSlotRepository slots, TicketRepository tickets, TicketAccess access, TicketService ticketService,
                AccountDirectory directory, CurrentUserProvider currentUser, BaseUrl baseUrl,
                ApplicationEventPublisher events, Clock clock) {
        this.slots = slots;
        this.tickets = tickets;
        this.access = access;
        this.ticketService = ticketService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.baseUrl = baseUrl;
        this.events = events;
        this.clock = clock;
    }

    // ---- staff ----------------------------------------------------------------------------------

    /** A new free slot of the logged-in operator; field errors "start", "minutes", "link". */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public CallSlotInfo publish(Instant startsAt, Integer minutes, String videoLink) {
        CurrentUser user = currentUser.require();
        FieldErrors.Builder errors = new FieldErrors.Builder();
        Instant now = clock.instant();
        if (startsAt == null) {
            errors.add("start", "hd.error.required");
        } else if (!startsAt.isAfter(now)) {
            errors.add("start", "hd.call.error.startPast");
        }
        if (minutes == null) {
            errors.add("minutes", "hd.error.required");
        } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            errors.add("minutes", "hd.call.error.minutes");
        }
        String link = checkLink(errors, videoLink);
        if (errors.isEmpty() && slots.countOverlapping(user.id(), startsAt, startsAt.plus(Duration.ofMinutes(minutes))) > 0) {
            errors.add("start", "hd.call.error.overlap");
        }
        errors.throwIfAny();
        CallSlot slot = slots.save(new CallSlot(startsAt, startsAt.plus(Duration.ofMinutes(minutes)), link, user.id(),
                TicketService.displayName(user), user.email(), user.locale().toLanguageTag()));
        return info(slot, true, user, Map.of());
    }

    /** Every slot from a week ago on, free and booked, with who booked it and for what. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public List<CallSlotInfo> allSlots() {
        CurrentUser user = currentUser.require();
        List<CallSlot> list = slots.findByStartsAtAfterOrderByStartsAtAsc(clock.instant().minus(STAFF_LOOKBACK),
                PageRequest.of(0, LIST_LIMIT));
        Map<Long, String> numbers = ticketNumbers(list);
        Map<Long, String> administrations = new HashMap<>();
        return list.stream().map(s -> info(s, true, user, numbers, administrations)).toList();
    }

    /** Withdraws a free slot; a booked one must be cancelled first (its people are told then). */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public void delete(Long slotId) {
        CallSlot slot = slots.findById(slotId == null ? -1L : slotId).orElseThrow(CallNotFound::new);
        if (slot.getStatus() == CallStatus.BOOKED) {
            throw FieldErrors.of("slot", "hd.call.error.deleteBooked");
        }
        slots.delete(slot);
    }

    /** A new video link; a booked call's invitation goes out again with SEQUENCE raised. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public CallSlotInfo changeLink(Long slotId, String videoLink) {
        CurrentUser user = currentUser.require();
        CallSlot slot = slots.findById(slotId == null ? -1L : slotId).orElseThrow(CallNotFound::new);
        FieldErrors.Builder errors = new FieldErrors.Builder();
        String link = checkLink(errors, videoLink);
        errors.throwIfAny();
        if (link.equals(slot.getVideoLink())) {
            return info(slot, true, user, ticketNumbers(List.of(slot)));
        }
        slot.changeLink(link);
        flush(slot, "link", "hd.call.error.changed");
        if (slot.getStatus() == CallStatus.BOOKED) {
            Ticket ticket = slot.getTicketId() == null ? null : tickets.findById(slot.getTicketId()).orElse(null);
            CallDetails details = details(slot, ticket);
            events.publishEvent(new CallUpdated(details, invitations(slot, details, false)));
        }
        return info(slot, true, user, ticketNumbers(List.of(slot)));
    }

    // ---- referents ------------------------------------------------------------------------------

    /** Free slots that have not started yet, soonest first (without their video links). */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<CallSlotInfo> freeSlots() {
        CurrentUser user = currentUser.require();
        return slots.findByStatusAndStartsAtAfterOrderByStartsAtAsc(CallStatus.FREE, clock.instant(),
                PageRequest.of(0, LIST_LIMIT)).stream().map(s -> info(s, false, user, Map.of())).toList();
    }

    /** The calls the logged-in referent booked, latest first. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<CallSlotInfo> myBookings() {
        CurrentUser user = currentUser.require();
        List<CallSlot> list = slots.findByBookedByIdOrderByStartsAtDesc(user.id(), PageRequest.of(0, LIST_LIMIT));
        Map<Long, String> numbers = ticketNumbers(list);
        return list.stream().map(s -> info(s, false, user, numbers)).toList();
    }

    /**
     * Books a slot for one of the administration's tickets ({@code ticketId}; another
     * administration's is "not found") or for a topic. Field errors: "slot" (gone, past, taken),
     * "ticket" (closed), "topic" (neither ticket nor topic, too long).
     */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public CallSlotInfo book(Long slotId, Long ticketId, String topic) {
        CurrentUser user = currentUser.require();
        Ticket ticket = ticketId == null ? null : access.load(ticketId);
        FieldErrors.Builder errors = new FieldErrors.Builder();
        CallSlot slot = null;
        if (slotId == null) {
            errors.add("slot", "hd.call.error.chooseSlot");
        } else {
            slot = slots.findById(slotId).orElse(null);
            if (slot == null) {
                errors.add("slot", "hd.call.error.gone");
            } else if (!slot.getStartsAt().isAfter(clock.instant())) {
                errors.add("slot", "hd.call.error.past");
            } else if (slot.getStatus() != CallStatus.FREE) {
                errors.add("slot", "hd.call.error.taken");
            }
        }
        String cleanTopic = topic == null || topic.isBlank() ? null : topic.strip();
        if (ticket != null && ticket.getStatus() == TicketStatus.CLOSED) {
            errors.add("ticket", "hd.call.error.ticketClosed");
        }
        if (ticket == null && cleanTopic == null) {
            errors.add("topic", "hd.call.error.about");
        } else if (cleanTopic != null && cleanTopic.length() > TOPIC_MAX_LENGTH) {
            errors.add("topic", "hd.error.tooLong");
        }
        errors.throwIfAny();
        slot.book(user.administrationId(), user.id(), TicketService.displayName(user), user.email(),
                user.locale().toLanguageTag(), ticket == null ? null : ticket.getId(), cleanTopic);
        flush(slot, "slot", "hd.call.error.taken");
        if (ticket != null) {
            ticketService.log(ticket, "CALL_BOOKED", null, HISTORY_TIME.format(slot.getStartsAt()));
        }
        CallDetails details = details(slot, ticket);
        events.publishEvent(new CallBooked(details, invitations(slot, details, false)));
        return info(slot, false, user, ticketNumbers(List.of(slot)));
    }

    /**
     * Cancels a booking before the call starts: the referent who booked it or staff. Both sides
     * get METHOD:CANCEL and the slot is free again. Someone else's booking is "not found".
     */
    @PreAuthorize(TicketService.TICKET_ROLES)
    @Transactional
    public void cancel(Long slotId) {
        CurrentUser user = currentUser.require();
        boolean staff = access.isStaff();
        CallSlot slot = slots.findById(slotId == null ? -1L : slotId)
                .filter(s -> s.getStatus() == CallStatus.BOOKED)
                .filter(s -> staff || Objects.equals(s.getBookedById(), user.id()))
                .orElseThrow(CallNotFound::new);
        if (!slot.getStartsAt().isAfter(clock.instant())) {
            throw FieldErrors.of("slot", "hd.call.error.started");
        }
        Ticket ticket = slot.getTicketId() == null ? null : tickets.findById(slot.getTicketId()).orElse(null);
        CallDetails details = details(slot, ticket);
        Recipient referent = referent(slot);
        Recipient host = host(slot);
        String uid = slot.getUid();
        slot.free();
        flush(slot, "slot", "hd.call.error.changed");
        if (ticket != null) {
            ticketService.log(ticket, "CALL_CANCELLED", null, HISTORY_TIME.format(slot.getStartsAt()));
        }
        CallCalendar.Invite invite = invite(slot, uid, details, referent, host, true);
        events.publishEvent(new CallCancelled(details, TicketService.displayName(user), List.of(
                new CallInvitation(host, HelpdeskRoutes.CALL_SLOTS, CallCalendar.ics(invite, host.locale())),
                new CallInvitation(referent, referentRoute(ticket), CallCalendar.ics(invite, referent.locale())))));
    }

    /** The calls booked for a ticket (after the usual access check on the ticket). */
    @PreAuthorize(TicketService.TICKET_ROLES)
    @Transactional(readOnly = true)
    public List<CallSlotInfo> callsOfTicket(Long ticketId) {
        Ticket ticket = access.load(ticketId);
        CurrentUser user = currentUser.require();
        boolean staff = access.isStaff();
        Map<Long, String> numbers = Map.of(ticket.getId(), ticket.getNumber());
        return slots.findByTicketIdOrderByStartsAtAsc(ticket.getId()).stream()
                .map(s -> info(s, staff, user, numbers)).toList();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * Saves now (UPDATE … WHERE version = ?), so that a concurrent change of the same slot fails
     * here, inside the transaction, and rolls it back with a message for the field.
     */
    private void flush(CallSlot slot, String field, String messageKey) {
        try {
            slots.saveAndFlush(slot);
        } catch (ConcurrencyFailureException someoneElse) {
            throw FieldErrors.of(field, messageKey);
        }
    }

    private static String checkLink(FieldErrors.Builder errors, String value) {
        if (value == null || value.isBlank()) {
            errors.add("link", "hd.error.required");
            return null;
        }
        String link = value.strip();
        if (link.length() > LINK_MAX_LENGTH) {
            errors.add("link", "hd.error.tooLong");
            return null;
        }
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
                errors.add("link", "hd.call.error.link");
                return null;
            }
        } catch (URISyntaxException e) {
            errors.add("link", "hd.call.error.link");
            return null;
        }
        return link;
    }

    private CallDetails details(CallSlot slot, Ticket ticket) {
        String administration = slot.getAdministrationId() == null ? null
                : ticket != null ? ticket.getAdministrationName() : directory.administrationName(slot.getAdministrationId());
        return new CallDetails(ticket == null ? null : ticket.getNumber(),
                ticket == null ? slot.getTopic() : ticket.getSubject(), slot.getStartsAt(),
                (int) Duration.between(slot.getStartsAt(), slot.getEndsAt()).toMinutes(), slot.getVideoLink(),
                slot.getStaffName(), slot.getBookedByName(), administration);
    }

    private List<CallInvitation> invitations(CallSlot slot, CallDetails details, boolean cancel) {
        Recipient host = host(slot);
        Recipient referent = referent(slot);
        Ticket ticket = slot.getTicketId() == null ? null : tickets.findById(slot.getTicketId()).orElse(null);
        CallCalendar.Invite invite = invite(slot, slot.getUid(), details, referent, host, cancel);
        return List.of(new CallInvitation(host, HelpdeskRoutes.CALL_SLOTS, CallCalendar.ics(invite, host.locale())),
                new CallInvitation(referent, referentRoute(ticket), CallCalendar.ics(invite, referent.locale())));
    }

    private CallCalendar.Invite invite(CallSlot slot, String uid, CallDetails details, Recipient referent,
                                       Recipient host, boolean cancel) {
        String about = details.ticketNumber() == null ? details.about()
                : details.ticketNumber() + " · " + details.about();
        return new CallCalendar.Invite(uid, slot.getSequence(), cancel, slot.getStartsAt(), slot.getEndsAt(),
                slot.getVideoLink(), about, host.name(), host.email(), referent.name(), referent.email(),
                baseUrl.absolute(HelpdeskRoutes.CALLS), clock.instant());
    }

    private static String referentRoute(Ticket ticket) {
        return ticket == null ? HelpdeskRoutes.CALLS : HelpdeskRoutes.ticket(ticket.getId());
    }

    private static Recipient host(CallSlot s) {
        return new Recipient(s.getStaffId(), s.getStaffEmail(), s.getStaffName(), Locale.forLanguageTag(s.getStaffLocale()));
    }

    private static Recipient referent(CallSlot s) {
        return new Recipient(s.getBookedById(), s.getBookedByEmail(), s.getBookedByName(),
                Locale.forLanguageTag(s.getBookedByLocale()));
    }

    private Map<Long, String> ticketNumbers(List<CallSlot> list) {
        List<Long> ids = list.stream().map(CallSlot::getTicketId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tickets.findAllById(ids).stream().collect(Collectors.toMap(Ticket::getId, Ticket::getNumber));
    }

    /**
     * For staff every detail; for a referent the booking details only on their own booking (a free
     * slot shows its time and operator, someone else's booking is never listed to them).
     */
    private CallSlotInfo info(CallSlot s, boolean staff, CurrentUser user, Map<Long, String> numbers) {
        return info(s, staff, user, numbers, new HashMap<>());
    }

    private CallSlotInfo info(CallSlot s, boolean staff, CurrentUser user, Map<Long, String> numbers,
                              Map<Long, String> administrations) {
        boolean mine = Objects.equals(s.getBookedById(), user.id());
        boolean full = staff || mine;
        boolean booked = s.getStatus() == CallStatus.BOOKED;
        boolean canCancel = booked && full && s.getStartsAt().isAfter(clock.instant());
        String administration = full && booked && s.getAdministrationId() != null
                ? administrations.computeIfAbsent(s.getAdministrationId(), directory::administrationName) : null;
        return new CallSlotInfo(s.getId(), s.getStartsAt(), s.getEndsAt(),
                (int) Duration.between(s.getStartsAt(), s.getEndsAt()).toMinutes(), s.getStaffName(), s.getStatus(),
                full ? s.getVideoLink() : null, administration, full ? s.getBookedByName() : null,
                full ? s.getTicketId() : null, full && s.getTicketId() != null ? numbers.get(s.getTicketId()) : null,
                full ? s.getTopic() : null, canCancel, s.getVersion());
    }
}
