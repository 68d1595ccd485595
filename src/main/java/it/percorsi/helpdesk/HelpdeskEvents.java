package it.percorsi.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * What the help desk tells the notification module. Published inside the transaction of the
 * change; the listener writes the mails and in-app notifications in that same transaction
 * (DD002). Routes are relative to the portal's base URL. Internal notes never produce an event.
 */
public final class HelpdeskEvents {

    private HelpdeskEvents() {
    }

    /** A referent asked: the help-desk staff hear of it. */
    public record TicketCreated(String number, String subject, String administrationName, String requesterName,
                                String route, List<Recipient> to) {
    }

    /** Staff answered publicly: the requester reads the reply. */
    public record TicketAnswered(String number, String subject, String authorName, String text, String route,
                                 Recipient to) {
    }

    /** The requester added information or reopened: the assignee (or the whole desk) hears of it. */
    public record TicketUpdatedByRequester(String number, String subject, String requesterName, String text,
                                           String route, List<Recipient> to) {
    }

    /** Status changed (other than to RESOLVED): the requester is told. */
    public record TicketStatusChanged(String number, String subject, TicketStatus status, String route, Recipient to) {
    }

    /** Resolved: the requester gets the signed one-click rating links (one per score). */
    public record TicketResolved(String number, String subject, String route, List<String> ratingRoutes,
                                 Instant ratingLinkExpiresAt, Recipient to) {
    }

    /** A due time passed: one mail per breach to every ADMIN. */
    public record TicketOverdue(String number, String subject, boolean firstResponse, Instant dueAt, String route,
                                List<Recipient> to) {
    }

    /** Rated 1 or 2: ADMINs look into it. */
    public record TicketRatedPoorly(String number, String subject, int score, String comment, String route,
                                    List<Recipient> to) {
    }

    /**
     * A booked call as its mails describe it. {@code ticketNumber} is null for a call about a
     * topic; {@code about} is the ticket's subject or the topic the referent wrote.
     */
    public record CallDetails(String ticketNumber, String about, Instant startsAt, int minutes, String videoLink,
                              String staffName, String referentName, String administrationName) {
    }

    /** One side of a call (the operator or the referent): whom to tell, the page to link to, their .ics. */
    public record CallInvitation(Recipient to, String route, String ics) {
    }

    /** A referent booked a slot: the operator and the referent get the invitation (METHOD:REQUEST). */
    public record CallBooked(CallDetails call, List<CallInvitation> invitations) {
    }

    /** The video link of a booked call changed: the invitation again, SEQUENCE raised. */
    public record CallUpdated(CallDetails call, List<CallInvitation> invitations) {
    }

    /** Either side cancelled: both get METHOD:CANCEL; the slot is free again. */
    public record CallCancelled(CallDetails call, String cancelledBy, List<CallInvitation> invitations) {
    }
}
