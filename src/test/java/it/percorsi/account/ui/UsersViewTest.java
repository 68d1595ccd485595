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
                return actions(view, row).getChildren().filter(c -> c.getId().orElse("").startsWith("toggle-"))
                        .map(Button.class::cast).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no row for " + email);
    }

    private com.vaadin.flow.component.Component actions(UsersView view, int row) {
        return test(view.grid).getCellComponent(row, 5);
    }

    private int rowOf(UsersView view, String email) {
        var users = view.shownUsers();
        for (int row = 0; row < users.size(); row++) {
            if (users.get(row).email().equals(email)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + email);
    }

    @Test
    void the_admin_is_offered_no_disable_and_no_role_change_on_their_own_row() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UsersView view = navigate(UsersView.class);
        int own = rowOf(view, TestUsers.ADMIN);
        assertThat(actions(view, own).getChildren().filter(c -> c instanceof Button)).isEmpty();
        assertThat(test(view.grid).getCellComponent(own, 2)).isInstanceOf(com.vaadin.flow.component.html.Span.class);
        assertThat(test(view.grid).getCellComponent(rowOf(view, TestUsers.TRAINER), 2))
                .isInstanceOf(com.vaadin.flow.component.select.Select.class);
    }

    @Test
    void search_filters_by_address_name_or_administration() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UsersView view = navigate(UsersView.class);
        test(view.search).setValue("borgo esempio");
        assertThat(view.shownUsers()).isNotEmpty()
                .allSatisfy(u -> assertThat(u.administrationName()).isEqualTo("Comune di Borgo Esempio"));
        test(view.search).setValue("FORMATORE@");
        assertThat(view.shownUsers()).extracting(UserSummary::email).containsExactly(TestUsers.TRAINER);
    }

    @Test
    void admin_changes_a_staff_role_and_resends_a_pending_invitation() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UsersView view = navigate(UsersView.class);
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@funzionepubblica.example.it";
        test(view.inviteEmail).setValue(email);
        test(view.inviteRole).selectItem("Formatore");
        test(view.invite).click();
        int row = rowOf(view, email);
        @SuppressWarnings("unchecked")
        var role = (com.vaadin.flow.component.select.Select<Role>) test(view.grid).getCellComponent(row, 2);
        test(role).selectItem("Help desk");
        assertThat(view.shownUsers().get(rowOf(view, email)).role()).isEqualTo(Role.HELPDESK);

        int before = it.percorsi.TestMails.to(context, email).size();
        Button resend = actions(view, rowOf(view, email)).getChildren().filter(c -> c.getId().orElse("").startsWith("resend-"))
                .map(Button.class::cast).findFirst().orElseThrow();
        test(resend).click();
        var mails = it.percorsi.TestMails.to(context, email);
        assertThat(mails).hasSize(before + 1);
        assertThat(it.percorsi.TestMails.tokenIn(mails.getFirst())).isNotBlank();
    }

    private static AccountStatus status(UsersView view, String email) {
        return view.shownUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().status();
    }
}
