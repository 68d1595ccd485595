package it.percorsi.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.base.ui.LanguageSwitch;
import it.percorsi.home.ui.TrainerHomeView;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = {TrainerHomeView.class, it.percorsi.base.ui.MainLayout.class})
class LanguageSwitchTest extends SpringBrowserlessTest {

    @org.junit.jupiter.api.BeforeEach
    void anonymousVisitor() {
        it.percorsi.TestUsers.logout();
    }

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;

    @AfterEach
    void restore() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        accounts.changeLocale(Locale.ITALIAN);
        TestUsers.logout();
    }

    @Test
    void an_anonymous_visitor_keeps_the_language_chosen_in_the_session() {
        VaadinSession.getCurrent().setAttribute(LanguageSwitch.SESSION_ATTRIBUTE, Locale.ENGLISH);
        try {
            UI.getCurrent().setLocale(Locale.ITALIAN);
            VaadinService.getCurrent().fireUIInitListeners(UI.getCurrent());
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        } finally {
            VaadinSession.getCurrent().setAttribute(LanguageSwitch.SESSION_ATTRIBUTE, null);
        }
    }

    @Test
    void switching_to_english_is_saved_for_the_logged_in_user() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        navigate(TrainerHomeView.class);
        // in the header the switch is markup inside one part (issue 14): the same button, one listener
        org.jsoup.nodes.Element toggle = it.percorsi.HeaderButtons.button("language-switch").orElseThrow();
        assertThat(toggle.text()).isEqualTo("English");
        assertThat(toggle.attr("lang")).isEqualTo("en");
        assertThat(toggle.attr("aria-label")).isNotBlank();
        it.percorsi.HeaderButtons.click("language-switch");
        assertThat(VaadinSession.getCurrent().getAttribute(LanguageSwitch.SESSION_ATTRIBUTE)).isEqualTo(Locale.ENGLISH);
        assertThat(accounts.currentUser().orElseThrow().locale()).isEqualTo(Locale.ENGLISH);

        // A new UI (the page reload) gets its language from the portal's own resolution, not from the test.
        UI.getCurrent().setLocale(Locale.ITALIAN);
        VaadinService.getCurrent().fireUIInitListeners(UI.getCurrent());
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        navigate(TrainerHomeView.class);
        assertThat($(H2.class).withId("home-title").single().getText()).startsWith("Welcome");
        assertThat(it.percorsi.HeaderButtons.button("language-switch").orElseThrow().text()).isEqualTo("Italiano");
        assertThat(it.percorsi.HeaderButtons.button("logout").orElseThrow().text()).isEqualTo("Log out");
    }
}
