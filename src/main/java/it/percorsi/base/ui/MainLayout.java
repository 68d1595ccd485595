package it.percorsi.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The shell every logged-in page sits in. The menu lists only the views the user's role may
 * open (Vaadin filters menu entries by their access annotations); titles are i18n keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, ApplicationEventPublisher events,
                      ObjectProvider<HeaderContribution> contributions) {
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");

        Span user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout right = new HorizontalLayout(user, new LanguageSwitch(events), logout);
        contributions.orderedStream().forEach(c -> right.addComponentAsFirst(c.create()));
        right.addClassName("app-header-right");
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(skip, toggle, title, right);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
