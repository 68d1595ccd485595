package it.percorsi.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = VerifyEmailView.class)
class VerifyEmailViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @Test
    void a_link_already_used_offers_to_log_in() {
        String email = AssessmentTestSupport.newReferent(context, "Usato Due Volte"); // verified once already
        String token = TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow());
        TestUsers.logout();
        UI.getCurrent().navigate("verifica-email", QueryParameters.simple(Map.of("token", token)));
        assertThat($(H2.class).id("token-outcome-used").getText()).isEqualTo("Link già usato");
        assertThat($(Anchor.class).id("verify-next").getHref()).isEqualTo("login");
    }
}
