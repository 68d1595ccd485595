package it.percorsi.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.assessment.AssessmentTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

@PercorsiTest
@ViewPackages(classes = AccountView.class)
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder encoder;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_referent_sees_the_administration_and_its_other_referents_and_renames_themselves() {
        String email = AssessmentTestSupport.newReferent(context, "Irene Conto");
        TestUsers.loginAs(context, email);
        Long administration = accounts.myAdministration().id();
        String colleague = AssessmentTestSupport.colleagueOf(context, administration, "Bruno Collega");
        TestUsers.loginAs(context, email);

        AccountView view = navigate(AccountView.class);
        assertThat($(Paragraph.class).id("account-administration").getText()).startsWith("Comune di Prova");
        assertThat($(UnorderedList.class).id("account-referents").getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Bruno Collega – " + colleague, "Irene Conto – " + email + " (tu)");

        test(view.name).setValue("   ");
        test(view.saveName).click();
        assertThat(view.name.isInvalid()).isTrue();
        test(view.name).setValue("Irene Conti");
        test(view.saveName).click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.nameSaved.getText()).isEqualTo("Salvato.");
        assertThat(accounts.currentUser().orElseThrow().fullName()).isEqualTo("Irene Conti");
    }

    @Test
    void changing_the_password_needs_the_current_one_and_reports_length_and_mismatch_together() {
        String email = AssessmentTestSupport.newReferent(context, "Piero Chiave");
        TestUsers.loginAs(context, email);
        AccountView view = navigate(AccountView.class);

        test(view.current).setValue("sbagliata-del-tutto");
        test(view.password).setValue("corta");
        test(view.confirmation).setValue("diversa");
        test(view.savePassword).click();
        assertThat(view.current.getErrorMessage()).isEqualTo("La password attuale non è corretta");
        assertThat(view.password.getErrorMessage()).isEqualTo("La password deve avere almeno 12 caratteri");
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("Le due password non coincidono");
        assertThat(view.password.getValue()).isEqualTo("corta"); // nothing typed is lost

        test(view.current).setValue(AssessmentTestSupport.PASSWORD);
        test(view.password).setValue("una-nuova-password-lunga");
        test(view.confirmation).setValue("una-nuova-password-lunga");
        test(view.savePassword).click();
        assertThat(view.passwordSaved.getText()).isEqualTo("Password cambiata.");
        assertThat(view.current.getValue()).isEmpty();
    }

    @Test
    void staff_see_their_name_language_and_password_but_no_administration() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        navigate(AccountView.class);
        assertThat($(Paragraph.class).id("account-who").getText()).contains(TestUsers.HELPDESK).contains("Help desk");
        assertThat($(UnorderedList.class).withId("account-referents").all()).isEmpty();
    }
}
