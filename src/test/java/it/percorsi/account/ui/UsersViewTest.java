package it.percorsi.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountStatus;
import it.percorsi.account.Role;
import it.percorsi.account.UserSummary;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = UsersView.class)
class UsersViewTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void anonymousVisitor() {
        it.percorsi.TestUsers.logout();
    }

    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void admin_invites_a_trainer_and_a_duplicate_address_is_refused_next_to_the_field() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UsersView view = navigate(UsersView.class);
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@funzionepubblica.example.it";
        test(view.inviteEmail).setValue(email);
        test(view.inviteRole).selectItem("Formatore");
        test(view.invite).click();
        assertThat(view.shownUsers()).anySatisfy(u -> {
            assertThat(u.email()).isEqualTo(email);
            assertThat(u.status()).isEqualTo(AccountStatus.INVITED);
        });

        test(view.inviteEmail).setValue(TestUsers.HELPDESK);
        test(view.inviteRole).selectItem("Help desk");
        test(view.invite).click();
        assertThat(view.inviteEmail.isInvalid()).isTrue();
        assertThat(view.inviteEmail.getErrorMessage()).isEqualTo("Esiste già un account con questo indirizzo");
        assertThat(view.inviteEmail.getValue()).isEqualTo(TestUsers.HELPDESK);
    }

    @Test
    void admin_disables_and_re_enables_an_account_from_the_grid() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UsersView view = navigate(UsersView.class);
        Button disable = toggleOf(view, TestUsers.TRAINER);
        assertThat(disable.getText()).isEqualTo("Disattiva");
        test(disable).click();
        assertThat(status(view, TestUsers.TRAINER)).isEqualTo(AccountStatus.DISABLED);
        Button enable = toggleOf(view, TestUsers.TRAINER);
        assertThat(enable.getText()).isEqualTo("Riattiva");
        test(enable).click();
        assertThat(status(view, TestUsers.TRAINER)).isEqualTo(AccountStatus.ACTIVE);
    }

    private Button toggleOf(UsersView view, String email) {
        var users = view.shownUsers();
        for (int row = 0; row < users.size(); row++) {
            if (users.get(row).email().equals(email)) {
                return (Button) test(view.grid).getCellComponent(row, 5);
            }
        }
        throw new AssertionError("no row for " + email);
    }

    private static AccountStatus status(UsersView view, String email) {
        return view.shownUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().status();
    }
}
