package it.percorsi.helpdesk;

import java.time.Instant;

/**
 * A call slot as a view shows it. For a referent the video link and the booking details are
 * filled only on their own bookings; staff see everything. {@code canCancel}: the caller may
 * cancel this booking now (booked, not started, theirs or they are staff).
 */
public record CallSlotInfo(Long id, Instant startsAt, Instant endsAt, int minutes, String staffName, CallStatus status,
                           String videoLink, String administrationName, String bookedByName, Long ticketId,
                           String ticketNumber, String topic, boolean canCancel, long version) {
}
