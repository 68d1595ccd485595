package it.percorsi.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.account.AdministrationType;
import it.percorsi.account.Region;
import it.percorsi.account.SizeBand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = RegisterView.class)
class RegisterViewTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void anonymousVisitor() {
        it.percorsi.TestUsers.logout();
    }

    @Autowired ApplicationContext context;

    @Test
    void invalid_fields_get_a_message_next_to_them_and_keep_what_was_typed() {
        RegisterView view = navigate(RegisterView.class);
        test(view.email).setValue("non-una-mail");
        test(view.fullName).setValue("Mario Rossi");
        test(view.password).setValue("corta");
        test(view.passwordConfirmation).setValue("corta");
        test(view.adminChoice).selectItem("Non è ancora registrata: la creo");
        test(view.ipaCode).setValue("C-H501!");
        test(view.submit).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Indirizzo e-mail non valido (esempio: nome@ente.it)");
        assertThat(view.password.getErrorMessage()).isEqualTo("La password deve avere almeno 12 caratteri");
        assertThat(view.ipaCode.getErrorMessage()).startsWith("Codice IPA non valido");
        assertThat(view.administrationName.getErrorMessage()).isEqualTo("Campo obbligatorio");
        assertThat(view.fullName.isInvalid()).isFalse();
        assertThat(view.email.getValue()).isEqualTo("non-una-mail");
        assertThat(view.fullName.getValue()).isEqualTo("Mario Rossi");
    }

    @Test
    void an_existing_administration_must_be_picked() {
        RegisterView view = navigate(RegisterView.class);
        test(view.email).setValue("a@b.it");
        test(view.submit).click();
        assertThat(view.administration.isInvalid()).isTrue();
        assertThat(view.administration.getErrorMessage()).contains("Scegli l'amministrazione");
    }

    @Test
    void a_valid_registration_with_a_new_administration_shows_the_check_your_mail_page() {
        String email = "view-" + UUID.randomUUID().toString().substring(0, 8) + "@ente.example.it";
        RegisterView view = navigate(RegisterView.class);
        test(view.email).setValue(email);
        test(view.fullName).setValue("Mario Rossi");
        test(view.password).setValue("password-sicura-99");
        test(view.passwordConfirmation).setValue("password-sicura-99");
        test(view.adminChoice).selectItem("Non è ancora registrata: la creo");
        test(view.administrationName).setValue("Unione dei Comuni di Prova");
        test(view.administrationType).selectItem("Altro");
        test(view.administrationRegion).selectItem("Marche");
        test(view.administrationSize).selectItem("16-50 dipendenti");
        test(view.submit).click();

        assertThat($(H2.class).withId("register-done").single().getText()).isEqualTo("Controlla la tua casella di posta");
        assertThat(TestMails.latestTo(context, email)).isPresent();
    }
}
