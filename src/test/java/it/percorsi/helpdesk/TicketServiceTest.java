package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.notification.OutboxEntry;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@PercorsiTest
class TicketServiceTest {

    @Autowired TicketService tickets;
    @Autowired TicketQueue queue;
    @Autowired CannedReplyService canned;
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

    private void asStaff() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
    }

    @Test
    void a_question_gets_a_yearly_number_due_times_and_reaches_the_help_desk_by_mail_and_bell() {
        HelpdeskTestSupport.referent(context, "Paola Chiede");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Questionario di gradimento");
        assertThat(t.number()).matches("HD-" + Year.now(ZoneId.of("Europe/Rome")).getValue() + "-\\d{6}");
        assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        assertThat(t.priority()).isEqualTo(TicketPriority.NORMAL);
        assertThat(t.firstResponseDueAt()).isAfter(t.createdAt());
        assertThat(t.resolutionDueAt()).isAfter(t.firstResponseDueAt());
        assertThat(t.dueAt()).isEqualTo(t.firstResponseDueAt());
        assertThat(t.bodyHtml()).contains("<strong>compila</strong>");
        assertThat(t.history()).isEmpty(); // referents do not see the history
        List<OutboxEntry> mails = TestMails.to(context, TestUsers.HELPDESK);
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.subject()).isEqualTo("[" + t.number() + "] Nuova richiesta: Questionario di gradimento");
            assertThat(m.body()).contains("/assistenza/richiesta/" + t.id());
        });
    }

    @Test
    void empty_or_oversized_text_is_refused_field_by_field() {
        HelpdeskTestSupport.referent(context, "Paola Vuota");
        assertThatThrownBy(() -> tickets.ask(new TicketRequest(" ", "x".repeat(TicketService.BODY_MAX_LENGTH + 1),
                null, null), List.of()))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("subject", "hd.error.required").containsEntry("body", "hd.error.tooLong")
                        .containsEntry("category", "hd.error.required"));
    }

    @Test
    void another_administrations_ticket_is_not_found_for_every_operation() {
        HelpdeskTestSupport.referent(context, "Anna Prima");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Domanda privata");
        HelpdeskTestSupport.referent(context, "Bruno Altro");
        assertThatThrownBy(() -> tickets.ticket(t.id())).isInstanceOf(TicketNotFound.class);
        assertThatThrownBy(() -> tickets.reply(t.id(), "Intrusione", null, null, List.of()))
                .isInstanceOf(TicketNotFound.class);
        assertThatThrownBy(() -> tickets.rate(t.id(), 1, null)).isInstanceOf(TicketNotFound.class);
        assertThatThrownBy(() -> tickets.ticket(987654321L)).isInstanceOf(TicketNotFound.class);
        assertThat(tickets.myAdministrationTickets(50)).extracting(TicketSummary::id).doesNotContain(t.id());
        assertThatThrownBy(() -> tickets.changeStatus(t.id(), TicketStatus.CLOSED, 0L))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.counts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void colleagues_of_the_same_administration_share_its_tickets() {
        HelpdeskTestSupport.referent(context, "Carla Uno");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Condivisa");
        Long administrationId = context.getBean(it.percorsi.account.CurrentUserProvider.class).requireAdministrationId();
        String colleague = it.percorsi.assessment.AssessmentTestSupport.colleagueOf(context, administrationId, "Carla Due");
        TestUsers.loginAs(context, colleague);
        assertThat(tickets.myAdministrationTickets(10)).extracting(TicketSummary::id).contains(t.id());
        assertThat(tickets.reply(t.id(), "Aggiungo un dettaglio", null, null, List.of()).messages()).hasSize(1);
    }

    @Test
    void internal_notes_never_reach_the_requester_page_or_mails() {
        String email = HelpdeskTestSupport.referent(context, "Dario Note");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Note interne");
        asStaff();
        TicketDetails staffView = tickets.addNote(t.id(), "SEGRETO: il comune ha già chiesto tre volte", t.version());
        staffView = tickets.reply(t.id(), "Ecco la risposta pubblica", null, staffView.version(), List.of());
        assertThat(staffView.messages()).hasSize(2).anySatisfy(m -> assertThat(m.internal()).isTrue());
        assertThat(staffView.history()).extracting(TicketDetails.HistoryEntry::action)
                .contains("CREATED", "NOTE", "REPLY", "STATUS");

        TestUsers.loginAs(context, email);
        TicketDetails referentView = tickets.ticket(t.id());
        assertThat(referentView.messages()).singleElement()
                .satisfies(m -> assertThat(m.bodyHtml()).contains("risposta pubblica"));
        assertThat(referentView.messages()).noneMatch(m -> m.bodyHtml().contains("SEGRETO"));
        List<OutboxEntry> mails = TestMails.to(context, email);
        assertThat(mails).isNotEmpty().noneMatch(m -> m.body().contains("SEGRETO"));
        assertThat(mails).anySatisfy(m -> assertThat(m.subject()).startsWith("[" + t.number() + "] Risposta"));
    }

    @Test
    void the_status_machine_refuses_moves_it_does_not_allow() {
        HelpdeskTestSupport.referent(context, "Elena Stati");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Stati");
        asStaff();
        TicketDetails closed = tickets.changeStatus(t.id(), TicketStatus.CLOSED, t.version());
        assertThatThrownBy(() -> tickets.changeStatus(t.id(), TicketStatus.OPEN, closed.version()))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("status"));
        assertThat(TicketStatus.RESOLVED.canMoveTo(TicketStatus.OPEN)).isTrue();
        assertThat(TicketStatus.RESOLVED.canMoveTo(TicketStatus.WAITING_FOR_USER)).isFalse();
        assertThat(TicketStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void a_stale_version_gets_a_conflict_and_nothing_is_saved() {
        HelpdeskTestSupport.referent(context, "Fabio Conflitto");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Conflitto");
        asStaff();
        TicketDetails first = tickets.changePriority(t.id(), TicketPriority.HIGH, t.version());
        assertThatThrownBy(() -> tickets.reply(t.id(), "Risposta basata su una versione vecchia", null, t.version(),
                List.of())).isInstanceOf(TicketChanged.class);
        TicketDetails now = tickets.ticket(t.id());
        assertThat(now.messages()).isEmpty();
        assertThat(now.version()).isEqualTo(first.version());
        assertThat(now.priority()).isEqualTo(TicketPriority.HIGH);
    }

    @Test
    void waiting_for_the_user_pauses_the_clock_and_their_reply_resumes_it_with_the_time_left() {
        String email = HelpdeskTestSupport.referent(context, "Gina Pausa");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Pausa");
        asStaff();
        TicketDetails waiting = tickets.reply(t.id(), "Ci mandate il questionario?", TicketStatus.WAITING_FOR_USER,
                t.version(), List.of());
        assertThat(waiting.paused()).isTrue();
        assertThat(waiting.dueAt()).isNull();
        assertThat(waiting.firstResponseAt()).isNotNull();
        clock.advance(Duration.ofDays(30)); // a month of silence costs no SLA time
        TestUsers.loginAs(context, email);
        TicketDetails resumed = tickets.reply(t.id(), "Eccolo", null, null, List.of());
        assertThat(resumed.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.overdue()).isFalse();
        assertThat(resumed.dueAt()).isEqualTo(resumed.resolutionDueAt()).isAfter(clock.instant());
    }

    @Test
    void a_resolved_ticket_can_be_reopened_within_the_configured_days_then_not() {
        String email = HelpdeskTestSupport.referent(context, "Ivo Riapre");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Riapertura");
        TicketDetails u = HelpdeskTestSupport.ask(context, "Riapertura tardiva");
        asStaff();
        tickets.reply(t.id(), "Risolto", TicketStatus.RESOLVED, t.version(), List.of());
        tickets.reply(u.id(), "Risolto anche questo", TicketStatus.RESOLVED, u.version(), List.of());
        TestUsers.loginAs(context, email);
        assertThat(tickets.ticket(t.id()).canReopen()).isTrue();
        assertThat(tickets.reply(t.id(), "Non funziona ancora", null, null, List.of()).status())
                .isEqualTo(TicketStatus.OPEN);
        clock.advance(Duration.ofDays(15)); // default: 14 days to reopen
        assertThat(tickets.ticket(u.id()).canReopen()).isFalse();
        assertThatThrownBy(() -> tickets.reply(u.id(), "Troppo tardi", null, null, List.of()))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("reply", "hd.error.reopenExpired"));
    }

    @Test
    void canned_replies_fill_their_placeholders_from_the_ticket() {
        HelpdeskTestSupport.referent(context, "Lara Segnaposto");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Segnaposto");
        asStaff();
        CannedReplyView r = canned.save(null, "Saluto " + t.id(),
                "Gentile {{richiedente}}, sulla richiesta {{number}} ({{oggetto}}) risponde {{agent}}.", 0);
        CannedReplyView published = canned.publish(r.id(), r.version());
        assertThat(canned.fill(r.id(), t.id()))
                .isEqualTo("Gentile Lara Segnaposto, sulla richiesta " + t.number() + " (Segnaposto) risponde Sara Conti.");
        assertThatThrownBy(() -> canned.save(r.id(), "Nuovo titolo", "x", published.version() + 1))
                .isInstanceOf(FieldErrors.class);
        canned.delete(r.id());
    }

    @Test
    void ticket_numbers_stay_unique_under_concurrent_creation() throws Exception {
        String email = HelpdeskTestSupport.referent(context, "Mario Concorrente");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                jobs.add(() -> {
                    TestUsers.loginAs(context, email);
                    return HelpdeskTestSupport.ask(context, "Concorrente " + n).number();
                });
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : pool.invokeAll(jobs)) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(24);
        } finally {
            pool.shutdown();
        }
    }
}
