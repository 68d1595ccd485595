package it.percorsi.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
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
 * The shell every logged-in page sits in: skip link, owner bar and blue header (a banner
 * landmark), the menu, the page inside one {@code <main>}, and the footer. The menu lists only
 * the views the user's role may open (Vaadin filters menu entries by their access annotations);
 * an item stays highlighted on its sub-pages (a guide under the library, a step under the path).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public static final String MAIN_ID = "main-content";

    private final Main main = new Main();

    public MainLayout(AuthenticationContext auth, ApplicationEventPublisher events,
                      ObjectProvider<HeaderContribution> contributions) {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");

        H1 title = new H1(new Anchor("", getTranslation("app.name")));
        title.addClassName("app-title");

        Span user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        Anchor account = new Anchor(SiteChrome.ACCOUNT_ROUTE, getTranslation("layout.account"));
        account.setId("account-link");
        account.addClassName("app-header-link");
        Button logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout right = new HorizontalLayout(user, account, new LanguageSwitch(events), logout);
        contributions.orderedStream().forEach(c -> right.addComponentAsFirst(c.create()));
        right.addClassName("app-header-right");
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        toggle.setId("menu-toggle");
        HorizontalLayout row = new HorizontalLayout(toggle, title, right);
        row.addClassName("app-header-row");
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        row.setSpacing(false);
        Header header = new Header(skip, SiteChrome.ownerBar(this), row);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        nav.setId("main-menu");
        var entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(matchesNested(entry.path(), entries.stream().map(MenuEntry::path).toList()));
            nav.addItem(item);
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);

        main.setId(MAIN_ID);
        main.addClassName("app-main");
        main.getElement().setAttribute("tabindex", "-1");
        Div page = new Div(main, SiteChrome.footer(this));
        page.addClassName("app-page");
        setContent(page);
    }

    /**
     * An item stays highlighted on its sub-pages (guide/x under guide), unless another item is
     * itself such a sub-page (the admin home "admin" must not light up on "admin/utenti").
     */
    static boolean matchesNested(String path, java.util.List<String> allPaths) {
        String prefix = path.endsWith("/") ? path : path + "/";
        return !path.isEmpty() && !"/".equals(path) && allPaths.stream().noneMatch(p -> p.startsWith(prefix));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
            // a new page starts at its top: the scroll position of the previous page (e.g. a link
            // deep in the path) must not leave the new page's first fields out of sight
            main.getElement().executeJs("""
                    window.scrollTo(0, 0);
                    for (let n = this; n; n = n.assignedSlot || n.parentElement || (n.getRootNode && n.getRootNode().host)) {
                        if (n.scrollTop) { n.scrollTop = 0; }
                    }""");
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }
}
