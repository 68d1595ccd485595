package it.percorsi.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.home.ui.ReferentHomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The referent's home shows the administration's open questions to the help desk, and only theirs. */
@PercorsiTest
@ViewPackages(classes = ReferentHomeView.class)
class ReferentHomeQuestionsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void without_questions_the_home_says_so_and_offers_to_ask() {
        HelpdeskTestSupport.referent(context, "Ugo Senzadomande");
        navigate(ReferentHomeView.class);
        assertThat(it.percorsi.StaticMarkup.get("home-open-count").text())
                .isEqualTo("La vostra amministrazione non ha domande aperte all\u2019help desk.");
        assertThat(it.percorsi.StaticMarkup.find("home-open-list")).isEmpty();
        assertThat(it.percorsi.StaticMarkup.get("home-ask").attr("href")).isEqualTo(HelpdeskRoutes.ASK);
        assertThat(it.percorsi.StaticMarkup.get("home-all-tickets").attr("href")).isEqualTo(HelpdeskRoutes.TICKETS);
    }

    @Test
    void open_questions_are_listed_with_their_state_and_another_administrations_are_not() {
        HelpdeskTestSupport.referent(context, "Altra Amministrazione");
        TicketDetails foreign = HelpdeskTestSupport.ask(context, "Domanda di un altro ente");
        TestUsers.logout();

        HelpdeskTestSupport.referent(context, "Rita Domande");
        TicketDetails first = HelpdeskTestSupport.ask(context, "Come scegliere il campione?");
        TicketDetails second = HelpdeskTestSupport.ask(context, "Quante domande aperte?");
        navigate(ReferentHomeView.class);

        assertThat(it.percorsi.StaticMarkup.get("home-open-count").text())
                .isEqualTo("2 domande all\u2019help desk sono aperte.");
        org.jsoup.nodes.Element list = it.percorsi.StaticMarkup.get("home-open-list");
        assertThat(list.text())
                .contains(first.number() + " · Come scegliere il campione?", second.number(), "Nuova")
                .doesNotContain(foreign.number(), "Domanda di un altro ente");
        assertThat(list.select("a").eachAttr("href")).contains(HelpdeskRoutes.ticket(first.id()));
    }
}
