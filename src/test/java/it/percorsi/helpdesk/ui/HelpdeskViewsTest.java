package it.percorsi.helpdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.helpdesk.CannedReplyService;
import it.percorsi.helpdesk.CannedReplyView;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.QueueFilter;
import it.percorsi.helpdesk.TicketCategory;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketPriority;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketStatus;
import it.percorsi.home.ui.HelpdeskHomeView;
import it.percorsi.path.PathService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = {TicketPage.class, HelpdeskHomeView.class, AccessDeniedView.class})
class HelpdeskViewsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired CannedReplyService canned;
    @Autowired AssessmentService assessments;
    @Autowired PathService paths;

    @BeforeEach
    void loggedOut() {
        TestUsers.logout();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** Text of a component with the inner HTML of its rendered markdown. */
    static String text(com.vaadin.flow.component.Component c) {
        StringBuilder sb = new StringBuilder(c.getElement().getTextRecursively());
        c.getChildren().forEach(child -> {
            if (child instanceof com.vaadin.flow.component.Html h) {
                sb.append(' ').append(h.getInnerHtml());
            } else if (child instanceof it.percorsi.base.ui.StaticHtml.Part h) {
                sb.append(' ').append(h.getInnerHtml());
            } else {
                sb.append(' ').append(text(child));
            }
        });
        return sb.toString();
    }

    @Test
    void a_referent_asks_from_a_path_step_with_the_step_pre_filled_and_lands_on_the_ticket() {
        HelpdeskTestSupport.referent(context, "Zeno Passo");
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        var step = paths.currentPath().orElseThrow().steps().getFirst();
        UI.getCurrent().navigate(AskView.class, com.vaadin.flow.router.QueryParameters.of(HelpdeskRoutes.STEP_PARAMETER,
                step.id().toString()));
        AskView ask = (AskView) getCurrentView();
        assertThat(ask.step.getText()).isEqualTo("Domanda sul passo del percorso: " + step.title());
        assertThat(ask.subject.getValue()).isEqualTo("Domanda sul passo \"" + step.title() + "\"");
        assertThat(ask.category.getValue()).isEqualTo(TicketCategory.PATH);

        test(ask.send).click();
        assertThat(ask.body.isInvalid()).isTrue();
        assertThat(ask.body.getErrorMessage()).isEqualTo("Campo obbligatorio.");
        assertThat(ask.subject.getValue()).startsWith("Domanda sul passo"); // nothing typed is lost

        ask.body.setValue("Come coinvolgo la dirigenza?");
        test(ask.send).click();
        TicketPage page = (TicketPage) getCurrentView();
        assertThat(page.ticket().pathStepTitle()).isEqualTo(step.title().it());
        assertThat($(Paragraph.class).id("ticket-step").getText()).contains(step.title().it());
        assertThat($(Span.class).id("ticket-status").getText()).isEqualTo("Nuova");

        TicketsView list = navigate(TicketsView.class);
        assertThat(test(list.grid).size()).isEqualTo(1);
    }

    @Test
    void staff_answer_with_a_canned_reply_and_the_referent_rates_in_the_portal() {
        String email = HelpdeskTestSupport.referent(context, "Livia Vista");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Vista");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        CannedReplyView draft = canned.save(null, "Grazie " + t.id(), "Gentile {{richiedente}}, ecco la risposta.", 0);
        TicketPage page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat(page.canned.getListDataView().getItems().map(CannedReplyView::id)).doesNotContain(draft.id());
        CannedReplyView reply = canned.publish(draft.id(), draft.version());
        navigate(HelpdeskHomeView.class); // a new page instance reads the list again
        page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat(page.canned.getListDataView().getItems().map(CannedReplyView::id)).contains(reply.id());
        page.canned.setValue(reply);
        assertThat(page.reply.getValue()).isEqualTo("Gentile Livia Vista, ecco la risposta.");
        page.statusAfterReply.setValue(TicketStatus.RESOLVED);
        test(page.sendReply).click();
        assertThat(page.ticket().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(page.reply.getValue()).isEmpty();
        assertThat(page.history.getElement().getTextRecursively()).contains("stato: Nuova → Risolta");
        canned.delete(reply.id());

        TestUsers.loginAs(context, email);
        page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat(text(page.conversation)).contains("Gentile Livia Vista");
        page.score.setValue(4);
        page.ratingComment.setValue("Chiara");
        test(page.rate).click();
        assertThat($(Paragraph.class).id("ticket-rating-given").getText()).isEqualTo("Avete valutato questa risposta: 4 su 5.");
    }

    @Test
    void a_second_staff_saving_a_changed_ticket_gets_a_conflict_message_and_keeps_the_text() {
        HelpdeskTestSupport.referent(context, "Mirko Conflitto");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Conflitto in vista");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        TicketPage page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        tickets.changePriority(t.id(), TicketPriority.URGENT, t.version()); // someone else, meanwhile
        page.reply.setValue("Una risposta lunga e pensata");
        test(page.sendReply).click();
        assertThat(page.conflict.isVisible()).isTrue();
        assertThat(page.conflict.getElement().getTextRecursively()).startsWith("Qualcun altro ha modificato");
        assertThat(page.reply.getValue()).isEqualTo("Una risposta lunga e pensata");
        assertThat(tickets.ticket(t.id()).messages()).isEmpty();

        page.reload();
        assertThat(page.conflict.isVisible()).isFalse();
        assertThat(page.reply.getValue()).isEqualTo("Una risposta lunga e pensata");
        test(page.sendReply).click();
        assertThat(tickets.ticket(t.id()).messages()).hasSize(1);
    }

    @Test
    void internal_notes_are_marked_for_staff_and_absent_for_the_referent() {
        String email = HelpdeskTestSupport.referent(context, "Nora Nota");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Con nota");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        TicketPage page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        page.reply.setValue("Nota riservata allo staff");
        test(page.addNote).click();
        assertThat(text(page.conversation)).contains("Nota interna di Sara Conti")
                .contains("Nota riservata allo staff");
        TestUsers.loginAs(context, email);
        page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat(text(page.conversation)).doesNotContain("Nota riservata")
                .contains("Ancora nessuna risposta.");
        assertThat(page.history.getChildren()).isEmpty();
        assertThat(page.history.isAttached()).isFalse();
    }

    @Test
    void another_administrations_ticket_url_shows_access_denied() {
        HelpdeskTestSupport.referent(context, "Olivia Privata");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Privata");
        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        UI.getCurrent().navigate(HelpdeskRoutes.ticket(t.id()));
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_queue_shows_counts_filters_lazily_and_assigns_in_bulk_and_the_home_links_to_it() {
        HelpdeskTestSupport.referent(context, "Pia Coda");
        TicketDetails a = HelpdeskTestSupport.ask(context, "Coda vista A");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        QueueView queue = navigate(QueueView.class);
        assertThat(queue.scopes.get(QueueFilter.Scope.UNASSIGNED).getText()).matches("Non assegnate \\(\\d+\\)");
        test(queue.scopes.get(QueueFilter.Scope.UNASSIGNED)).click();
        assertThat(queue.filter().scope()).isEqualTo(QueueFilter.Scope.UNASSIGNED);
        var grid = test(queue.grid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id().equals(a.id())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        var box = (com.vaadin.flow.component.checkbox.Checkbox) grid.getCellComponent(row, 0);
        assertThat(box.getAriaLabel()).contains("Seleziona la richiesta " + a.number());
        test(box).click();
        queue.bulkAssignee.setValue(tickets.staff().stream().filter(s -> s.name().equals("Sara Conti")).findFirst()
                .orElseThrow());
        test(queue.bulkAssign).click();
        assertThat(queue.bulkResult.getText()).isEqualTo("Richieste assegnate: 1.");
        assertThat(tickets.ticket(a.id()).assigneeName()).isEqualTo("Sara Conti");

        navigate(HelpdeskHomeView.class);
        assertThat($(Anchor.class).id("home-queue-link").getHref()).isEqualTo(HelpdeskRoutes.QUEUE);
        assertThat($(Paragraph.class).id("home-queue-summary").getText()).startsWith("Richieste aperte:");
    }

    @Test
    void the_rating_link_page_records_the_score_without_login_and_explains_a_broken_link() {
        TestUsers.logout();
        UI.getCurrent().navigate(RatingView.class, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("t", "1.2.forged", "voto", "5")));
        RatingView view = (RatingView) getCurrentView();
        assertThat(view.message.getText()).isEqualTo("Il link di valutazione non è valido.");
        assertThat(view.send.isVisible()).isFalse();
    }
}
