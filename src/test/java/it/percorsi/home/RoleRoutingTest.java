package it.percorsi.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.ui.UsersView;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.home.ui.AdminHomeView;
import it.percorsi.home.ui.HelpdeskHomeView;
import it.percorsi.home.ui.ReferentHomeView;
import it.percorsi.home.ui.RootView;
import it.percorsi.home.ui.TrainerHomeView;
import it.percorsi.notification.ui.OutboxView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = {RootView.class, UsersView.class, OutboxView.class, AccessDeniedView.class})
class RoleRoutingTest extends SpringBrowserlessTest {

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
    void each_role_lands_on_its_own_home() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(navigateToRoot()).isInstanceOf(ReferentHomeView.class);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(navigateToRoot()).isInstanceOf(HelpdeskHomeView.class);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(navigateToRoot()).isInstanceOf(TrainerHomeView.class);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        assertThat(navigateToRoot()).isInstanceOf(AdminHomeView.class);
    }

    private Object navigateToRoot() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        return getCurrentView();
    }

    @Test
    void the_menu_lists_only_the_entries_of_the_role() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        navigateToRoot();
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .containsExactly("/" + HomeRoutes.HELPDESK);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        navigateToRoot();
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .contains("/" + HomeRoutes.ADMIN, "/admin/utenti", "/admin/outbox")
                .doesNotContain("/" + HomeRoutes.HELPDESK, "/" + HomeRoutes.REFERENT);
    }

    @Test
    void a_staff_home_lists_what_the_role_can_do_today() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        navigateToRoot();
        var shortcuts = $(com.vaadin.flow.component.html.UnorderedList.class).id("home-shortcuts");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).from(shortcuts).all())
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .contains("admin/utenti", "admin/outbox", "account").doesNotContain(HomeRoutes.ADMIN);
    }

    @Test
    void a_helpdesk_user_is_refused_the_admin_pages_with_the_access_denied_page() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/utenti");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H2.class).withId("access-denied").exists()).isTrue();
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/outbox");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_referent_cannot_open_another_roles_home() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        com.vaadin.flow.component.UI.getCurrent().navigate(HomeRoutes.ADMIN);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void an_admin_opens_the_same_admin_pages() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/utenti");
        assertThat(getCurrentView()).isInstanceOf(UsersView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/outbox");
        assertThat(getCurrentView()).isInstanceOf(OutboxView.class);
    }
}
