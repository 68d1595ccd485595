package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.CallStatus;
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
import java.util.UUID;

/**
 * A time slot a help-desk operator offers for a call, and its booking when a referent took it.
 * Each booking gets its own iCalendar UID (kept until the next booking, so the cancellation
 * refers to it) and a SEQUENCE raised on every change. The version makes two concurrent bookings
 * of the same slot collide: only one is saved.
 */
@Entity
@Table(name = "hd_call_slot")
public class CallSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String uid;
    private Instant startsAt;
    private Instant endsAt;
    private String videoLink;
    private Long staffId;
    private String staffName;
    private String staffEmail;
    private String staffLocale;
    @Enumerated(EnumType.STRING)
    private CallStatus status;
    private Long administrationId;
    private Long bookedById;
    private String bookedByName;
    private String bookedByEmail;
    private String bookedByLocale;
    private Long ticketId;
    private String topic;
    @Column(name = "sequence_no")
    private int sequence;
    @Version
    private long version;

    protected CallSlot() {
    }

    public CallSlot(Instant startsAt, Instant endsAt, String videoLink, Long staffId, String staffName,
                    String staffEmail, String staffLocale) {
        this.uid = newUid();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.videoLink = videoLink;
        this.staffId = staffId;
        this.staffName = staffName;
        this.staffEmail = staffEmail;
        this.staffLocale = staffLocale;
        this.status = CallStatus.FREE;
    }

    private static String newUid() {
        return UUID.randomUUID() + "@percorsi";
    }

    /** A new booking: a new UID, SEQUENCE 0. */
    public void book(Long administrationId, Long userId, String name, String email, String locale, Long ticketId,
                     String topic) {
        this.status = CallStatus.BOOKED;
        this.uid = newUid();
        this.sequence = 0;
        this.administrationId = administrationId;
        this.bookedById = userId;
        this.bookedByName = name;
        this.bookedByEmail = email;
        this.bookedByLocale = locale;
        this.ticketId = ticketId;
        this.topic = topic;
    }

    /** The booking is cancelled (SEQUENCE raised for the CANCEL) and the slot is free again. */
    public void free() {
        this.sequence++;
        this.status = CallStatus.FREE;
        this.administrationId = null;
        this.bookedById = null;
        this.bookedByName = null;
        this.bookedByEmail = null;
        this.bookedByLocale = null;
        this.ticketId = null;
        this.topic = null;
    }

    /** A changed video link: a booked call's invitation is sent again with a higher SEQUENCE. */
    public void changeLink(String videoLink) {
        this.videoLink = videoLink;
        if (status == CallStatus.BOOKED) {
            this.sequence++;
        }
    }

    public Long getId() { return id; }
    public String getUid() { return uid; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getVideoLink() { return videoLink; }
    public Long getStaffId() { return staffId; }
    public String getStaffName() { return staffName; }
    public String getStaffEmail() { return staffEmail; }
    public String getStaffLocale() { return staffLocale; }
    public CallStatus getStatus() { return status; }
    public Long getAdministrationId() { return administrationId; }
    public Long getBookedById() { return bookedById; }
    public String getBookedByName() { return bookedByName; }
    public String getBookedByEmail() { return bookedByEmail; }
    public String getBookedByLocale() { return bookedByLocale; }
    public Long getTicketId() { return ticketId; }
    public String getTopic() { return topic; }
    public int getSequence() { return sequence; }
    public long getVersion() { return version; }
}
