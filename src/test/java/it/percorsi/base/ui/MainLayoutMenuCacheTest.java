package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.ui.UsersView;
import it.percorsi.home.ui.RootView;
import it.percorsi.notification.ui.OutboxView;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 14: the menu's markup is computed once per language and set of roles (Vaadin checks the access to
 * every route to list it) and reused; a user never gets the menu of another role or language.
 */
@PercorsiTest
@ViewPackages(classes = {RootView.class, UsersView.class, OutboxView.class})
class MainLayoutMenuCacheTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private String menu() {
        return ((StaticHtml.Part) MainLayout.menu(UI.getCurrent())).getInnerHtml();
    }

    /** How many menus the application's cache holds. */
    private static long cached() {
        MainLayout.MenuCache cache = com.vaadin.flow.server.VaadinService.getCurrent().getContext()
                .getAttribute(MainLayout.MenuCache.class);
        cache.menus.cleanUp();
        return cache.menus.estimatedSize();
    }

    @Test
    void the_menu_is_reused_per_role_and_language_and_never_across_them() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        String helpdesk = menu();
        assertThat(MainLayout.menuRoles()).isEqualTo(":ROLE_HELPDESK");
        TestUsers.loginAs(context, TestUsers.ADMIN);
        String admin = menu();
        assertThat(admin).contains("path=\"admin/utenti\"").isNotEqualTo(helpdesk);
        assertThat(helpdesk).doesNotContain("admin/utenti");

        assertThat(admin).contains(">Utenti<");
        assertThat(cached()).isEqualTo(2);

        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(menu()).isEqualTo(helpdesk);
        assertThat(cached()).as("the helpdesk's menu was reused, not computed again").isEqualTo(2);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(menu()).contains(">Users<").doesNotContain(">Utenti<");
        assertThat(cached()).isEqualTo(3);
        UI.getCurrent().setLocale(Locale.ITALIAN);
        assertThat(menu()).isEqualTo(admin);
        assertThat(cached()).isEqualTo(3);
    }
}
