package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.notification.NotificationService;
import it.percorsi.notification.OutboxEntry;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
class HelpdeskJobsAndRatingTest {

    static final Pattern RATING_LINK = Pattern.compile("valuta\\?t=([A-Za-z0-9_.-]+)&voto=(\\d)");

    @Autowired TicketService tickets;
    @Autowired TicketQueue queue;
    @Autowired HelpdeskJobs jobs;
    @Autowired RatingService ratings;
    @Autowired NotificationService notifications;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    @BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    private long mailsTo(String email, String subjectPart) {
        return TestMails.to(context, email).stream().filter(m -> m.subject().contains(subjectPart)).count();
    }

    @Test
    void an_overdue_ticket_is_flagged_and_mailed_to_admins_once_per_breach() {
        HelpdeskTestSupport.referent(context, "Olga Ritardo");
        TicketDetails t = HelpdeskTestSupport.ask(context, "In ritardo");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        long overdueBefore = queue.counts().overdue();
        clock.advance(Duration.ofDays(21));
        assertThat(tickets.ticket(t.id()).overdue()).isTrue();
        assertThat(queue.counts().overdue()).isGreaterThan(overdueBefore);
        assertThat(queue.page(QueueFilter.active().withScope(QueueFilter.Scope.OVERDUE), 0, 500))
                .extracting(TicketSummary::id).contains(t.id());

        jobs.reportBreaches();
        jobs.reportBreaches();
        assertThat(mailsTo(TestUsers.ADMIN, "[" + t.number() + "] Scadenza superata")).isEqualTo(1);
        assertThat(tickets.ticket(t.id()).history()).extracting(TicketDetails.HistoryEntry::action).contains("OVERDUE");

        // the staff answer and wait; the requester replies: the passed due time is the same breach, no second mail
        TicketDetails waiting = tickets.reply(t.id(), "Scusate il ritardo", TicketStatus.WAITING_FOR_USER,
                tickets.ticket(t.id()).version(), List.of());
        assertThat(waiting.dueAt()).isNull();
        jobs.reportBreaches();
        assertThat(mailsTo(TestUsers.ADMIN, "[" + t.number() + "] Scadenza superata")).isEqualTo(1);
    }

    @Test
    void resolved_tickets_close_by_themselves_after_the_configured_days() {
        HelpdeskTestSupport.referent(context, "Piero Chiusura");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Chiusura automatica");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        tickets.changeStatus(t.id(), TicketStatus.RESOLVED, t.version());
        clock.advance(Duration.ofDays(6));
        jobs.closeResolved();
        assertThat(tickets.ticket(t.id()).status()).isEqualTo(TicketStatus.RESOLVED);
        clock.advance(Duration.ofDays(2));
        jobs.closeResolved();
        assertThat(tickets.ticket(t.id()).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void the_resolution_mail_carries_signed_rating_links_that_work_without_login_and_flag_low_scores() {
        String email = HelpdeskTestSupport.referent(context, "Rita Voto");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Da valutare");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        tickets.reply(t.id(), "Ecco la soluzione", TicketStatus.RESOLVED, t.version(), List.of());

        OutboxEntry mail = TestMails.to(context, email).stream()
                .filter(m -> m.subject().equals("[" + t.number() + "] Richiesta risolta: Da valutare")).findFirst()
                .orElseThrow();
        Matcher m = RATING_LINK.matcher(mail.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(mail.body()).contains("voto=1", "voto=5");

        TestUsers.logout(); // no login: only the signed link
        assertThat(ratings.target(token).number()).isEqualTo(t.number());
        RatingService.LinkTarget rated = ratings.rate(token, 2, "Risposta poco chiara");
        assertThat(rated.rating()).isEqualTo(2);
        assertThat(mailsTo(TestUsers.ADMIN, "[" + t.number() + "] Valutazione bassa")).isEqualTo(1);

        String tampered = token.replaceFirst("^\\d+", String.valueOf(t.id() + 1));
        assertThatThrownBy(() -> ratings.rate(tampered, 5, null)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("link", "hd.rating.error.invalid"));
        assertThatThrownBy(() -> ratings.rate(token, 9, null)).isInstanceOf(FieldErrors.class);
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> ratings.rate(token, 5, null)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("link", "hd.rating.error.expired"));

        TestUsers.loginAs(context, email);
        assertThat(tickets.ticket(t.id()).rating()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isGreaterThanOrEqualTo(2); // the reply and the resolution
        assertThat(notifications.latest(10)).anySatisfy(n -> assertThat(n.message())
                .isEqualTo("Richiesta " + t.number() + " risolta: valutate la risposta"));
    }

    @Test
    void a_rating_is_refused_before_the_ticket_is_resolved() {
        HelpdeskTestSupport.referent(context, "Sara Presto");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Troppo presto");
        assertThatThrownBy(() -> tickets.rate(t.id(), 5, null)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("score", "hd.error.notResolved"));
    }

    @Test
    void staff_filter_the_queue_and_assign_in_bulk() {
        HelpdeskTestSupport.referent(context, "Tina Coda");
        TicketDetails a = HelpdeskTestSupport.ask(context, "Coda A");
        TicketDetails b = HelpdeskTestSupport.ask(context, "Coda B");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        QueueFilter unassigned = QueueFilter.active().withScope(QueueFilter.Scope.UNASSIGNED);
        assertThat(queue.page(unassigned, 0, 1000)).extracting(TicketSummary::id).contains(a.id(), b.id());
        Long me = tickets.staff().stream().filter(s -> s.name().equals("Sara Conti")).findFirst().orElseThrow().id();
        long mineBefore = queue.counts().mine();
        assertThat(queue.bulkAssign(List.of(a.id(), b.id()), me)).isEqualTo(2);
        assertThat(queue.counts().mine()).isEqualTo(mineBefore + 2);
        List<TicketSummary> mine = queue.page(QueueFilter.active().withScope(QueueFilter.Scope.MINE), 0, 1000);
        assertThat(mine).extracting(TicketSummary::id).contains(a.id(), b.id());
        assertThat(mine).allSatisfy(s -> assertThat(s.status()).isEqualTo(TicketStatus.OPEN));
        List<TicketSummary> page = queue.page(QueueFilter.active(), 0, 1000);
        for (int i = 1; i < page.size(); i++) { // sorted by due time, nothing due last
            if (page.get(i).dueAt() != null) {
                assertThat(page.get(i - 1).dueAt()).isNotNull().isBeforeOrEqualTo(page.get(i).dueAt());
            }
        }
        var administration = a.administrationName();
        Long administrationId = queue.administrations().entrySet().stream()
                .filter(e -> e.getValue().equals(administration)).findFirst().orElseThrow().getKey();
        assertThat(queue.page(new QueueFilter(QueueFilter.Scope.ALL, java.util.Set.of(), null, administrationId,
                TicketCategory.SURVEY), 0, 100)).extracting(TicketSummary::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(queue.page(new QueueFilter(QueueFilter.Scope.ALL, java.util.Set.of(), TicketPriority.URGENT,
                administrationId, null), 0, 100)).isEmpty();
    }
}
