package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import it.percorsi.PercorsiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The public pages give the addresses configured for the deployment, not the demo's. */
@PercorsiTest
@TestPropertySource(properties = {"percorsi.contacts.accessibility-email=accessibilita@ente.gov.it",
        "percorsi.contacts.privacy-email=dpo@ente.gov.it", "percorsi.contacts.support-email=aiuto@ente.gov.it"})
@ViewPackages(classes = InfoPages.class)
class InfoPagesTest extends SpringBrowserlessTest {

    @Test
    void the_accessibility_statement_privacy_and_contacts_give_the_configured_addresses() {
        String statement = navigate(SiteChrome.ACCESSIBILITY_ROUTE, InfoPages.AccessibilityStatementView.class)
                .getElement().getTextRecursively();
        assertThat(statement).contains("accessibilita@ente.gov.it", "Difensore civico per il digitale")
                .doesNotContain("example.it", "{1}");

        assertThat(navigate(SiteChrome.PRIVACY_ROUTE, InfoPages.PrivacyView.class).getElement().getTextRecursively()).contains("dpo@ente.gov.it").doesNotContain("{2}");

        assertThat(navigate(SiteChrome.CONTACTS_ROUTE, InfoPages.ContactsView.class).getElement().getTextRecursively())
                .contains("aiuto@ente.gov.it", "accessibilita@ente.gov.it").doesNotContain("example.it");
    }
}
