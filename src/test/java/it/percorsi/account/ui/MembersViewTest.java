package it.percorsi.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.account.RegistrationRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = MembersView.class)
class MembersViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;

    @BeforeEach
    void anonymousVisitor() {
        TestUsers.logout();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private String requestToJoinDemoComune() {
        String email = "richiedente-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        Long comune = accounts.searchAdministrations("c_demo1", 1).getFirst().id();
        accounts.register(new RegistrationRequest(email, "Richiedente Prova", "una-password-lunga-1",
                "una-password-lunga-1", false, comune, null, null, null, null, null, "it"));
        accounts.verifyEmail(TestMails.tokenIn(TestMails.latestTo(context, email).orElseThrow()));
        return email;
    }

    @Test
    void a_referent_approves_a_request_and_sees_it_in_the_history() {
        String email = requestToJoinDemoComune();
        TestUsers.loginAs(context, TestUsers.REFERENT);
        MembersView view = navigate(MembersView.class);

        Button approve = $(Button.class).from(view.pending).all().stream()
                .filter(b -> b.getElement().getAttribute("aria-label").equals("Approva Richiedente Prova")
                        && b.getParent().orElseThrow().getElement().getTextRecursively().contains(email))
                .findFirst().orElseThrow();
        test(approve).click();

        assertThat(view.pending.getElement().getTextRecursively()).doesNotContain(email);
        assertThat(view.colleagues.getElement().getTextRecursively()).contains(email);
        assertThat($(ListItem.class).from(view.history).all()).anySatisfy(li ->
                assertThat(li.getText()).contains("Giulia Rossi ha approvato la richiesta di Richiedente Prova"));
    }

    @Test
    void a_referent_invites_a_colleague_and_a_bad_address_is_refused_next_to_the_field() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        MembersView view = navigate(MembersView.class);
        test(view.inviteEmail).setValue("non-un-indirizzo");
        test(view.invite).click();
        assertThat(view.inviteEmail.isInvalid()).isTrue();
        assertThat(view.inviteEmail.getValue()).isEqualTo("non-un-indirizzo");

        String email = "invitata-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        test(view.inviteEmail).setValue(email);
        test(view.invite).click();
        assertThat(view.inviteEmail.isInvalid()).isFalse();
        assertThat(view.colleagues.getElement().getTextRecursively()).contains(email);
        assertThat(TestMails.latestTo(context, email).orElseThrow().body()).contains("/invito?token=");
    }

    @Test
    void an_admin_sees_no_request_of_an_administration_that_has_referents() {
        String email = requestToJoinDemoComune();
        TestUsers.loginAs(context, TestUsers.ADMIN);
        MembersView view = navigate(MembersView.class);
        assertThat(view.pending.getElement().getTextRecursively()).doesNotContain(email);
    }
}
