package it.percorsi.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.notification.MailStatus;
import it.percorsi.notification.OutboxEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = OutboxView.class)
class OutboxViewTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void anonymousVisitor() {
        it.percorsi.TestUsers.logout();
    }

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void admin_sees_pending_mails_with_their_links_when_no_smtp_is_configured() {
        accounts.requestPasswordReset(TestUsers.OTHER_REFERENT);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        OutboxView view = navigate(OutboxView.class);

        assertThat(view.summary.getText()).startsWith("In attesa:");
        assertThat(test(view.grid).size()).isGreaterThan(0);
        OutboxEntry first = test(view.grid).getRow(0);
        assertThat(first.recipient()).isEqualTo(TestUsers.OTHER_REFERENT);
        assertThat(first.status()).isEqualTo(MailStatus.PENDING);
        assertThat(first.body()).contains("/reimposta-password?token=");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("In attesa");
    }

    @Test
    void the_status_filter_narrows_the_list() {
        accounts.requestPasswordReset(TestUsers.OTHER_REFERENT);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        OutboxView view = navigate(OutboxView.class);
        test(view.statusFilter).selectItem("Inviata");
        assertThat(test(view.grid).size()).isZero();
        test(view.statusFilter).selectItem("In attesa");
        assertThat(test(view.grid).size()).isGreaterThan(0);
    }
}
