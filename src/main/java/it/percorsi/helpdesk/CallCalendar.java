package it.percorsi.helpdesk;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.ParticipationLevel;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import it.percorsi.base.i18n.TranslationProvider;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The iCalendar (RFC 5545/5546) invitation of a booked call, written with biweekly: METHOD
 * REQUEST on booking and change, CANCEL on cancellation; the UID of the booking and its
 * SEQUENCE; times in Europe/Rome with the zone's VTIMEZONE (the EU rule: summer time from the
 * last Sunday of March to the last Sunday of October), written here rather than downloaded.
 * The operator who offered the slot is the ORGANIZER, the referent who booked it the ATTENDEE.
 */
final class CallCalendar {

    static final String ZONE_ID = "Europe/Rome";
    static final String FILE_NAME = "invito.ics";

    private CallCalendar() {
    }

    /** What an invitation says; {@code about} is the ticket ("HD-… · subject") or the topic. */
    record Invite(String uid, int sequence, boolean cancel, Instant startsAt, Instant endsAt, String videoLink,
                  String about, String organizerName, String organizerEmail, String attendeeName,
                  String attendeeEmail, String portalUrl, Instant stamp) {
    }

    static String mimeType(boolean cancel) {
        return "text/calendar; method=" + (cancel ? Method.CANCEL : Method.REQUEST);
    }

    static String ics(Invite invite, Locale locale) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Percorsi//Help desk//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        ical.setMethod(invite.cancel() ? Method.cancel() : Method.request());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(ZONE_ID), rome()));

        VEvent event = new VEvent();
        event.setUid(invite.uid());
        event.setSequence(invite.sequence());
        event.setDateTimeStamp(Date.from(invite.stamp()));
        event.setDateStart(Date.from(invite.startsAt()));
        event.setDateEnd(Date.from(invite.endsAt()));
        event.setSummary(TranslationProvider.translate("hd.call.ics.summary", locale, invite.about()));
        event.setDescription(TranslationProvider.translate("hd.call.ics.description", locale, invite.about(),
                invite.videoLink(), invite.portalUrl()));
        event.setLocation(invite.videoLink());
        event.setUrl(invite.videoLink());
        event.setStatus(invite.cancel() ? Status.cancelled() : Status.confirmed());
        Organizer organizer = new Organizer(invite.organizerName(), invite.organizerEmail());
        event.setOrganizer(organizer);
        Attendee attendee = new Attendee(invite.attendeeName(), invite.attendeeEmail());
        attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
        attendee.setParticipationStatus(invite.cancel() ? ParticipationStatus.DECLINED : ParticipationStatus.ACCEPTED);
        event.addAttendee(attendee);
        ical.addEvent(event);
        return Biweekly.write(ical).go();
    }

    /** Europe/Rome as RFC 5545 describes it (CET/CEST, EU rules since 1996). */
    static VTimezone rome() {
        VTimezone zone = new VTimezone(ZONE_ID);
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1970, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
        summer.addTimezoneName("CEST");
        zone.addDaylightSavingsTime(summer);
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1970, 10, 25, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
        winter.addTimezoneName("CET");
        zone.addStandardTime(winter);
        return zone;
    }
}
