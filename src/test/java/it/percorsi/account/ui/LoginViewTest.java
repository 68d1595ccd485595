package it.percorsi.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(classes = LoginView.class)
class LoginViewTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void anonymousVisitor() {
        it.percorsi.TestUsers.logout();
    }

    @Test
    void login_page_is_italian_by_default_and_links_to_registration() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.i18n.getForm().getTitle()).isEqualTo("Accedi a Percorsi");
        assertThat(view.form.getAction()).isEqualTo("login");
        assertThat($(Anchor.class).withId("register-link").single().getHref()).isEqualTo("registrazione");
    }

    @Test
    void failed_login_shows_one_generic_error() {
        LoginView view = navigate("login", LoginView.class);
        assertThat(view.form.isError()).isFalse();
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        LoginView again = (LoginView) getCurrentView();
        assertThat(again.form.isError()).isTrue();
        assertThat(again.i18n.getErrorMessage().getMessage())
                .contains("Controlla e-mail e password").doesNotContain("non esiste");
    }

    @Test
    void after_a_failed_login_the_typed_address_is_given_back_and_only_then() {
        navigate("login", LoginView.class);
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .setAttribute(it.percorsi.account.security.LastLoginEmail.SESSION_ATTRIBUTE, "anna@comune.example.it");
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(((LoginView) getCurrentView()).lastEmail).isEqualTo("anna@comune.example.it");
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("logout", "")));
        assertThat(((LoginView) getCurrentView()).lastEmail).isNull();
    }

    @Test
    void english_is_available_on_request() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        LoginView view = navigate(LoginView.class);
        assertThat(view.i18n.getForm().getTitle()).isEqualTo("Log in to Percorsi");
    }
}
