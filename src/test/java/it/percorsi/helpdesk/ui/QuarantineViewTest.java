package it.percorsi.helpdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.InboundOutcome;
import it.percorsi.helpdesk.InboundTestSupport;
import it.percorsi.helpdesk.QuarantineReason;
import it.percorsi.helpdesk.QuarantinedMail;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The quarantine page: staff read a held mail, release it into a ticket (a wrong number is refused next to the field) or discard it. */
@PercorsiTest
@ViewPackages(classes = {QuarantineView.class, TicketPage.class, AccessDeniedView.class})
class QuarantineViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;

    @BeforeEach
    void loggedOut() {
        TestUsers.logout();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void staff_read_a_held_mail_release_it_into_its_ticket_and_discard_another() {
        String referent = HelpdeskTestSupport.referent(context, "Quinta Quarantena");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Domanda con posta sospetta");
        TestUsers.logout();
        String stranger = "estraneo." + UUID.randomUUID().toString().substring(0, 6) + "@altrove.example.com";
        assertThat(InboundTestSupport.receive(context, "Piero Estraneo <" + stranger + ">",
                "Re: [" + t.number() + "] domanda", "Sono il nuovo responsabile, rispondete a me.")).isEqualTo(InboundOutcome.QUARANTINED);
        assertThat(InboundTestSupport.receive(context, stranger, "Offerta imperdibile", "Compra ora."))
                .isEqualTo(InboundOutcome.QUARANTINED);

        TestUsers.loginAs(context, TestUsers.HELPDESK);
        QuarantineView view = navigate(QuarantineView.class);
        assertThat(view.getPageTitle()).startsWith("Posta in quarantena");
        List<QuarantinedMail> rows = view.grid.getGenericDataView().getItems()
                .filter(m -> m.sender().equals(stranger)).toList();
        assertThat(rows).extracting(QuarantinedMail::reason).containsOnly(QuarantineReason.UNKNOWN_SENDER);
        QuarantinedMail held = rows.stream().filter(m -> m.ticketNumber() != null).findFirst().orElseThrow();
        int index = view.grid.getGenericDataView().getItems().toList().indexOf(held);
        assertThat(test(view.grid).getCellText(index, 1)).isEqualTo("Mittente sconosciuto");
        assertThat(test(view.grid).getCellText(index, 2)).isEqualTo("Piero Estraneo <" + stranger + ">");

        test(view.grid).select(index);
        assertThat(view.text.getText()).contains("Sono il nuovo responsabile");
        assertThat(view.headers.getText()).contains(stranger);
        assertThat(view.ticket.getValue()).isEqualTo(t.number());

        view.ticket.setValue("HD-1999-000001");
        test(view.release).click();
        assertThat(view.ticket.isInvalid()).isTrue();
        assertThat(view.ticket.getErrorMessage()).isEqualTo("Nessuna richiesta con questo numero.");

        view.ticket.setValue(t.number());
        test(view.release).click();
        assertThat(view.grid.getGenericDataView().getItems()).noneMatch(m -> m.id().equals(held.id()));
        TicketDetails after = tickets.ticket(t.id());
        assertThat(after.messages().getLast().bodyHtml()).contains("Sono il nuovo responsabile");
        assertThat(after.history()).anySatisfy(h -> assertThat(h.action()).isEqualTo("MAIL_RELEASED"));
        // staff can open the full original on the ticket page; the referent cannot
        Long mailed = after.messages().getLast().id();
        navigate(it.percorsi.helpdesk.HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat($(com.vaadin.flow.component.details.Details.class).id("message-original-" + mailed)
                .getElement().getTextRecursively()).contains("Sono il nuovo responsabile");
        TestUsers.loginAs(context, referent);
        navigate(it.percorsi.helpdesk.HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat($(com.vaadin.flow.component.details.Details.class).all())
                .noneMatch(d -> ("message-original-" + mailed).equals(d.getId().orElse(null)));
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        view = navigate(QuarantineView.class);

        QuarantinedMail spam = view.grid.getGenericDataView().getItems().filter(m -> m.sender().equals(stranger))
                .findFirst().orElseThrow();
        test(view.grid).select(view.grid.getGenericDataView().getItems().toList().indexOf(spam));
        test(view.discard).click();
        assertThat(view.grid.getGenericDataView().getItems()).noneMatch(m -> m.sender().equals(stranger));
    }

    @Test
    void referents_cannot_open_the_quarantine() {
        HelpdeskTestSupport.referent(context, "Rina Curiosa");
        com.vaadin.flow.component.UI.getCurrent().navigate(it.percorsi.helpdesk.HelpdeskRoutes.QUARANTINE);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
