package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.notification.InAppNotification;
import it.percorsi.notification.NotificationService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking rules of the help-desk calls, and the iCalendar invitations they mail, parsed back
 * with biweekly. Each test uses its own days ahead, so the demo operator's slots never overlap.
 */
@PercorsiTest
class CallServiceTest {

    static final String LINK = "https://meet.example.it/percorsi-hd";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired CallService calls;
    @Autowired TicketService tickets;
    @Autowired NotificationService notifications;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    private CallSlotInfo publish(Instant start, int minutes) {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        return calls.publish(start, minutes, LINK);
    }

    private static FieldErrors fieldErrors(Runnable r) {
        try {
            r.run();
        } catch (FieldErrors e) {
            return e;
        }
        throw new AssertionError("No FieldErrors thrown");
    }

    private String uidOf(String referentEmail) {
        List<Map<String, Object>> mails = CallTestSupport.invitationMails(context, referentEmail);
        assertThat(mails).isNotEmpty();
        return CallTestSupport.parse(mails.getLast()).getEvents().getFirst().getUid().getValue();
    }

    @Test
    void a_booking_for_a_ticket_mails_both_sides_an_invitation_in_rome_time_and_notifies_them_in_the_portal() {
        // a summer date and a winter date must both come back as the same instant
        Instant summer = LocalDateTime.now(ROME).plusYears(1).withMonth(7).withDayOfMonth(15).withHour(10)
                .withMinute(30).withSecond(0).withNano(0).atZone(ROME).toInstant();
        CallSlotInfo slot = publish(summer, 45);
        assertThat(slot.status()).isEqualTo(CallStatus.FREE);
        assertThat(slot.minutes()).isEqualTo(45);

        String email = HelpdeskTestSupport.referent(context, "Ugo Chiamata");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Serve una chiamata");
        assertThat(calls.freeSlots()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(slot.id());
            assertThat(s.videoLink()).isNull(); // the link is for whoever books it
            assertThat(s.staffName()).isEqualTo("Sara Conti");
        });
        CallSlotInfo booked = calls.book(slot.id(), t.id(), null);
        assertThat(booked.status()).isEqualTo(CallStatus.BOOKED);
        assertThat(booked.videoLink()).isEqualTo(LINK);
        assertThat(booked.ticketNumber()).isEqualTo(t.number());
        assertThat(booked.canCancel()).isTrue();
        assertThat(calls.freeSlots()).extracting(CallSlotInfo::id).doesNotContain(slot.id());
        assertThat(calls.myBookings()).extracting(CallSlotInfo::id).containsExactly(slot.id());
        assertThat(calls.callsOfTicket(t.id())).extracting(CallSlotInfo::id).containsExactly(slot.id());
        assertThat(notifications.latest(5)).extracting(InAppNotification::message)
                .anySatisfy(m -> assertThat(m).startsWith("Chiamata prenotata per"));

        Map<String, Object> mail = CallTestSupport.invitationMails(context, email).getLast();
        assertThat((String) mail.get("subject")).startsWith("[" + t.number() + "] Chiamata prenotata per");
        assertThat((String) mail.get("body")).contains(LINK).contains("Sara Conti").contains(t.subject())
                .contains("/assistenza/richiesta/" + t.id());
        assertThat(mail.get("attachment_type")).isEqualTo("text/calendar; method=REQUEST");
        assertThat(mail.get("attachment_name")).isEqualTo("invito.ics");
        String text = (String) mail.get("attachment_text");
        assertThat(text).contains("METHOD:REQUEST").contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Rome")
                .contains("DTSTART;TZID=Europe/Rome:").contains("ORGANIZER");

        ICalendar ical = CallTestSupport.parse(mail);
        assertThat(ical.getMethod().isRequest()).isTrue();
        VEvent event = ical.getEvents().getFirst();
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().getTime()).isEqualTo(summer.toEpochMilli());
        assertThat(event.getDateEnd().getValue().getTime()).isEqualTo(summer.plus(Duration.ofMinutes(45)).toEpochMilli());
        TimezoneAssignment tz = ical.getTimezoneInfo().getTimezone(event.getDateStart());
        assertThat(tz).isNotNull();
        assertThat(tz.getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Rome");
        assertThat(ical.getTimezoneInfo().getComponents()).extracting(VTimezone::getTimezoneId)
                .extracting(p -> p.getValue()).containsExactly("Europe/Rome");
        assertThat(event.getOrganizer().getEmail()).isEqualTo(TestUsers.HELPDESK);
        assertThat(event.getAttendees()).singleElement().satisfies(a -> assertThat(a.getEmail()).isEqualTo(email));
        assertThat(event.getLocation().getValue()).isEqualTo(LINK);

        // the operator gets the same invitation (same UID), in their language
        String uid = event.getUid().getValue();
        List<Map<String, Object>> withUid = CallTestSupport.mailsWithUid(context, uid);
        assertThat(withUid).extracting(m -> ((String) m.get("recipient")).toLowerCase())
                .containsExactlyInAnyOrder(email.toLowerCase(), TestUsers.HELPDESK);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(tickets.ticket(t.id()).history()).extracting(TicketDetails.HistoryEntry::action)
                .contains("CALL_BOOKED");
        assertThat(calls.allSlots()).filteredOn(s -> s.id().equals(slot.id())).singleElement().satisfies(s -> {
            assertThat(s.bookedByName()).isEqualTo("Ugo Chiamata");
            assertThat(s.administrationName()).startsWith("Comune di Prova");
            assertThat(s.ticketNumber()).isEqualTo(t.number());
        });

        // a winter time is written in standard time and read back to the same instant
        Instant winter = summer.atZone(ROME).withMonth(1).plusYears(1).toInstant();
        CallSlotInfo winterSlot = publish(winter, 30);
        TestUsers.loginAs(context, email);
        calls.book(winterSlot.id(), null, "Campionamento");
        Map<String, Object> winterMail = CallTestSupport.invitationMails(context, email).getLast();
        assertThat((String) winterMail.get("subject")).startsWith("Chiamata prenotata per"); // no ticket, no number
        VEvent winterEvent = CallTestSupport.parse(winterMail).getEvents().getFirst();
        assertThat(winterEvent.getDateStart().getValue().getTime()).isEqualTo(winter.toEpochMilli());
        assertThat(winterEvent.getUid().getValue()).isNotEqualTo(uid);
        assertThat(winterEvent.getSummary().getValue()).contains("Campionamento");
    }

    @Test
    void a_past_slot_cannot_be_published_or_booked() {
        FieldErrors published = fieldErrors(() -> publish(clock.instant().minus(Duration.ofMinutes(5)), 30));
        assertThat(published.errors()).containsEntry("start", "hd.call.error.startPast");
        CallSlotInfo slot = publish(CallTestSupport.at(context, 11, 1), 30);
        HelpdeskTestSupport.referent(context, "Vera Tardi");
        clock.advance(Duration.ofDays(12));
        assertThat(calls.freeSlots()).extracting(CallSlotInfo::id).doesNotContain(slot.id());
        assertThat(fieldErrors(() -> calls.book(slot.id(), null, "Troppo tardi")).errors())
                .containsEntry("slot", "hd.call.error.past");
    }

    @Test
    void publishing_checks_length_link_and_overlap_field_by_field() {
        Instant start = CallTestSupport.at(context, 12, 2);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(fieldErrors(() -> calls.publish(start, 5, "javascript:alert(1)")).errors())
                .containsEntry("minutes", "hd.call.error.minutes").containsEntry("link", "hd.call.error.link");
        assertThat(fieldErrors(() -> calls.publish(null, null, " ")).errors())
                .containsEntry("start", "hd.error.required").containsEntry("minutes", "hd.error.required")
                .containsEntry("link", "hd.error.required");
        calls.publish(start, 60, LINK);
        assertThat(fieldErrors(() -> calls.publish(start.plus(Duration.ofMinutes(30)), 30, LINK)).errors())
                .containsEntry("start", "hd.call.error.overlap");
        HelpdeskTestSupport.referent(context, "Walter Nonstaff");
        assertThatThrownBy(() -> calls.publish(start.plus(Duration.ofDays(1)), 30, LINK))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_taken_slot_cannot_be_booked_again_and_ticket_or_topic_is_required() {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 13, 3), 30);
        HelpdeskTestSupport.referent(context, "Zoe Prima");
        assertThat(fieldErrors(() -> calls.book(slot.id(), null, "  ")).errors())
                .containsEntry("topic", "hd.call.error.about");
        assertThat(fieldErrors(() -> calls.book(null, null, "x".repeat(CallService.TOPIC_MAX_LENGTH + 1))).errors())
                .containsEntry("slot", "hd.call.error.chooseSlot").containsEntry("topic", "hd.error.tooLong");
        calls.book(slot.id(), null, "Indagine");
        HelpdeskTestSupport.referent(context, "Zeno Secondo");
        assertThat(fieldErrors(() -> calls.book(slot.id(), null, "Anch'io")).errors())
                .containsEntry("slot", "hd.call.error.taken");
        assertThat(fieldErrors(() -> calls.book(987654321L, null, "Inesistente")).errors())
                .containsEntry("slot", "hd.call.error.gone");
        assertThat(calls.myBookings()).isEmpty();
    }

    @Test
    void concurrent_bookings_of_the_same_slot_let_exactly_one_through() throws Exception {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 14, 4), 30);
        int n = 6;
        List<String> referents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            referents.add(HelpdeskTestSupport.referent(context, "Concorrente " + i));
        }
        TestUsers.logout();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (String email : referents) {
                jobs.add(() -> {
                    TestUsers.loginAs(context, email);
                    ready.countDown();
                    go.await(10, TimeUnit.SECONDS);
                    try {
                        calls.book(slot.id(), null, "Corsa " + email);
                        return "booked";
                    } catch (FieldErrors e) {
                        return e.errors().get("slot");
                    }
                });
            }
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> job : jobs) {
                futures.add(pool.submit(job));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !"booked".equals(o)).hasSize(n - 1)
                    .allMatch("hd.call.error.taken"::equals);
        } finally {
            pool.shutdownNow();
        }
        // one booking in the table, one invitation pair in the outbox
        Map<String, Object> row = jdbc.queryForMap("select status, booked_by_email, uid from hd_call_slot where id = ?",
                slot.id());
        assertThat(row.get("status")).isEqualTo("BOOKED");
        assertThat(referents).contains((String) row.get("booked_by_email"));
        assertThat(CallTestSupport.mailsWithUid(context, (String) row.get("uid"))).hasSize(2);
        long losersMails = referents.stream().filter(r -> !r.equals(row.get("booked_by_email")))
                .mapToLong(r -> CallTestSupport.invitationMails(context, r).size()).sum();
        assertThat(losersMails).isZero();
    }

    /**
     * The second booking passes the service's own "is it free?" check (the first is not committed
     * yet) and is stopped by the database: the slot's version no longer matches when it saves.
     */
    @Test
    void a_booking_that_passed_the_check_while_another_was_uncommitted_is_refused_by_the_version() throws Exception {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 19, 2), 30);
        String first = HelpdeskTestSupport.referent(context, "Prima Lenta");
        String second = HelpdeskTestSupport.referent(context, "Seconda Veloce");
        TestUsers.logout();
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        CountDownLatch flushed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = pool.submit(() -> tx.executeWithoutResult(status -> {
                TestUsers.loginAs(context, first);
                calls.book(slot.id(), null, "Prima");
                flushed.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(flushed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> fast = pool.submit(() -> {
                TestUsers.loginAs(context, second);
                try {
                    calls.book(slot.id(), null, "Seconda");
                    return "booked";
                } catch (FieldErrors e) {
                    return e.errors().get("slot");
                }
            });
            Thread.sleep(300); // the second one has read the slot as free and waits on its row
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
            assertThat(fast.get(30, TimeUnit.SECONDS)).isEqualTo("hd.call.error.taken");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select booked_by_email from hd_call_slot where id = ?", String.class, slot.id()))
                .isEqualTo(first);
        assertThat(CallTestSupport.invitationMails(context, second)).isEmpty();
    }

    @Test
    void cancelling_frees_the_slot_and_mails_a_cancel_with_the_same_uid_and_a_higher_sequence() {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 15, 5), 30);
        String email = HelpdeskTestSupport.referent(context, "Carlo Annulla");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Da annullare");
        calls.book(slot.id(), t.id(), null);
        String uid = uidOf(email);
        calls.cancel(slot.id());
        assertThat(calls.freeSlots()).extracting(CallSlotInfo::id).contains(slot.id());
        assertThat(calls.myBookings()).isEmpty();
        assertThat(calls.callsOfTicket(t.id())).isEmpty();

        List<Map<String, Object>> mails = CallTestSupport.mailsWithUid(context, uid);
        List<Map<String, Object>> cancels = mails.stream()
                .filter(m -> "text/calendar; method=CANCEL".equals(m.get("attachment_type"))).toList();
        assertThat(cancels).extracting(m -> ((String) m.get("recipient")).toLowerCase())
                .containsExactlyInAnyOrder(email.toLowerCase(), TestUsers.HELPDESK);
        for (Map<String, Object> m : cancels) {
            ICalendar ical = CallTestSupport.parse(m);
            assertThat(ical.getMethod().isCancel()).isTrue();
            VEvent e = ical.getEvents().getFirst();
            assertThat(e.getUid().getValue()).isEqualTo(uid);
            assertThat(e.getSequence().getValue()).isEqualTo(1);
            assertThat(e.getStatus().isCancelled()).isTrue();
            assertThat(ical.getTimezoneInfo().getComponents()).hasSize(1);
        }
        assertThat(cancels.stream().filter(m -> ((String) m.get("recipient")).equalsIgnoreCase(email)).findFirst()
                .orElseThrow().get("subject")).asString().startsWith("[" + t.number() + "] Chiamata annullata");

        // booked again: a new booking, a new UID starting from SEQUENCE 0
        HelpdeskTestSupport.referent(context, "Carla Riprenota");
        String other = context.getBean(it.percorsi.account.CurrentUserProvider.class).require().email();
        calls.book(slot.id(), null, "Al posto di Carlo");
        ICalendar again = CallTestSupport.parse(CallTestSupport.invitationMails(context, other).getLast());
        assertThat(again.getEvents().getFirst().getUid().getValue()).isNotEqualTo(uid);
        assertThat(again.getEvents().getFirst().getSequence().getValue()).isZero();
    }

    @Test
    void staff_cancel_or_change_the_link_and_both_sides_hear_of_it() {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 16, 6), 30);
        String email = HelpdeskTestSupport.referent(context, "Lia Aggiornata");
        calls.book(slot.id(), null, "Aggiornamenti");
        String uid = uidOf(email);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(fieldErrors(() -> calls.delete(slot.id())).errors())
                .containsEntry("slot", "hd.call.error.deleteBooked");
        calls.changeLink(slot.id(), "https://meet.example.it/nuovo");
        ICalendar updated = CallTestSupport.parse(CallTestSupport.invitationMails(context, email).getLast());
        assertThat(updated.getMethod().isRequest()).isTrue();
        assertThat(updated.getEvents().getFirst().getUid().getValue()).isEqualTo(uid);
        assertThat(updated.getEvents().getFirst().getSequence().getValue()).isEqualTo(1);
        assertThat(updated.getEvents().getFirst().getLocation().getValue()).isEqualTo("https://meet.example.it/nuovo");

        calls.cancel(slot.id());
        Map<String, Object> cancel = CallTestSupport.invitationMails(context, email).getLast();
        assertThat(cancel.get("attachment_type")).isEqualTo("text/calendar; method=CANCEL");
        assertThat((String) cancel.get("body")).startsWith("Sara Conti ha annullato la chiamata");
        VEvent e = CallTestSupport.parse(cancel).getEvents().getFirst();
        assertThat(e.getUid().getValue()).isEqualTo(uid);
        assertThat(e.getSequence().getValue()).isEqualTo(2);
        calls.delete(slot.id());
        assertThat(calls.allSlots()).extracting(CallSlotInfo::id).doesNotContain(slot.id());
    }

    @Test
    void another_administrations_ticket_or_booking_is_not_found() {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 17, 7), 30);
        CallSlotInfo second = publish(CallTestSupport.at(context, 17, 9), 30);
        HelpdeskTestSupport.referent(context, "Anna Isolata");
        TicketDetails mine = HelpdeskTestSupport.ask(context, "Solo nostra");
        calls.book(slot.id(), mine.id(), null);
        HelpdeskTestSupport.referent(context, "Bruno Estraneo");
        assertThatThrownBy(() -> calls.book(second.id(), mine.id(), null)).isInstanceOf(TicketNotFound.class);
        assertThatThrownBy(() -> calls.cancel(slot.id())).isInstanceOf(CallNotFound.class);
        assertThatThrownBy(() -> calls.callsOfTicket(mine.id())).isInstanceOf(TicketNotFound.class);
        assertThat(calls.freeSlots()).extracting(CallSlotInfo::id).contains(second.id()).doesNotContain(slot.id());
        assertThat(calls.myBookings()).isEmpty();
        assertThatThrownBy(() -> calls.allSlots()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.cancel(987654321L)).isInstanceOf(CallNotFound.class);
    }

    @Test
    void a_closed_ticket_cannot_get_a_call_and_a_started_call_cannot_be_cancelled() {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 18, 1), 30);
        String email = HelpdeskTestSupport.referent(context, "Ettore Chiuso");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Chiusa presto");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        tickets.changeStatus(t.id(), TicketStatus.CLOSED, t.version());
        TestUsers.loginAs(context, email);
        assertThat(fieldErrors(() -> calls.book(slot.id(), t.id(), null)).errors())
                .containsEntry("ticket", "hd.call.error.ticketClosed");
        calls.book(slot.id(), null, "Senza richiesta");
        clock.advance(Duration.ofDays(18).plusHours(2));
        assertThat(calls.myBookings()).singleElement().satisfies(c -> assertThat(c.canCancel()).isFalse());
        assertThat(fieldErrors(() -> calls.cancel(slot.id())).errors()).containsEntry("slot", "hd.call.error.started");
    }
}
