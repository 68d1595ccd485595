package it.percorsi.helpdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.FaqDraftInfo;
import it.percorsi.content.FaqDraftService;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Staff propose a resolved ticket as a FAQ from its page; an open ticket offers no such button. */
@PercorsiTest
@ViewPackages(classes = {TicketPage.class, AccessDeniedView.class})
class PromoteFaqViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired FaqDraftService drafts;
    @Autowired MutableClock clock;

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void the_button_appears_on_resolved_tickets_and_sends_an_anonymised_draft_to_trainers() {
        HelpdeskTestSupport.referent(context, "Nilde Iotti");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Serve il consenso per un'intervista?");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        UI.getCurrent().navigate(HelpdeskRoutes.ticket(t.id()));
        TicketPage page = (TicketPage) getCurrentView();
        assertThat(page.promote.isAttached()).isFalse();

        TicketDetails staff = tickets.ticket(t.id());
        tickets.reply(t.id(), "Sì, Nilde: un consenso informato scritto, anche breve.", TicketStatus.RESOLVED,
                staff.version(), List.of());
        UI.getCurrent().navigate(HelpdeskRoutes.TICKETS);
        UI.getCurrent().navigate(HelpdeskRoutes.ticket(t.id()));
        page = (TicketPage) getCurrentView();
        assertThat(page.promote.isAttached()).isTrue();
        test(page.promote).click();
        assertThat(page.promoteStatus.getText()).startsWith("Proposta inviata ai formatori");
        assertThat(page.promote.isEnabled()).isFalse();

        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(drafts.pending()).filteredOn(d -> d.sourceTicketId().equals(t.id())).singleElement()
                .satisfies(d -> assertThat(d.answer()).isEqualTo("Sì, [nome]: un consenso informato scritto, anche breve."));
    }
}
