package it.percorsi.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
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
@com.vaadin.flow.component.dependency.Uses(SideNav.class) // the menu's web components, written as markup
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.button.Button.class) // the header's buttons, written as markup
public class MainLayout extends AppLayout {

    public static final String MAIN_ID = "main-content";

    /** Run on the skip link or on an element holding it; $0 is the id of the content to focus. */
    static final String SKIP_LINK_SCRIPT = """
            const link = this.matches('.skip-link') ? this : this.querySelector('.skip-link');
            if (link) {
                link.addEventListener('click', e => {
                    e.preventDefault();
                    e.stopPropagation();
                    const main = document.getElementById($0);
                    if (main) { main.focus(); main.scrollIntoView(); }
                });
            }""";

    private final Main main = new Main();

    public static final String LOGOUT_ID = "logout";

    /** Client-side: the id of the header button clicked, or "" (then the click is not sent). */
    public static final String HEADER_ACTION = "((event.target.closest && event.target.closest('vaadin-button')) || {}).id || ''";

    /** Client-side filter: a click on one of the header's buttons (other clicks, e.g. on the account link, are not sent). */
    public static final String HEADER_CLICK = "!!(" + HEADER_ACTION + ")";

    public MainLayout(AuthenticationContext auth, ApplicationEventPublisher events,
                      ObjectProvider<HeaderContribution> contributions) {
        // the read-only parts of the header are markup (issue 14): one state node each instead of a tree
        org.jsoup.nodes.Element titleMarkup = StaticHtml.root("h1").addClass("app-title");
        titleMarkup.appendElement("a").attr("href", "").text(getTranslation("app.name"));
        com.vaadin.flow.component.Component title = StaticHtml.of(titleMarkup);

        // the user's name, the account link, the language switch and logout: one component (issue 14); the
        // two buttons are vaadin-button markup whose clicks (mouse, Enter or Space) reach one listener
        org.jsoup.nodes.Element userMarkup = StaticHtml.root("span").addClass("app-header-group").id("app-header-account");
        userMarkup.appendElement("span").addClass("app-user").text(auth.getPrincipalName().orElse(""));
        userMarkup.appendElement("a").attr("href", SiteChrome.ACCOUNT_ROUTE).id("account-link").addClass("app-header-link")
                .text(getTranslation("layout.account"));
        java.util.Locale other = LanguageSwitch.other();
        LanguageSwitch.appendMarkup(userMarkup, this);
        LanguageSwitch.buttonMarkup(userMarkup, LOGOUT_ID, getTranslation("layout.logout"));
        StaticHtml.Part user = StaticHtml.of(userMarkup);
        user.getElement().addEventListener("click", e -> {
            String action = e.getEventData().get(HEADER_ACTION).asString();
            if (LOGOUT_ID.equals(action)) {
                auth.logout();
            } else if (LanguageSwitch.ID.equals(action)) {
                LanguageSwitch.switchTo(other, events);
            }
        }).addEventData(HEADER_ACTION).setFilter(HEADER_CLICK);

        HorizontalLayout right = new HorizontalLayout(user);
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
        Header header = new Header(headerTop(this), row);
        header.addClassName("app-header");
        addToNavbar(header);

        addToDrawer(menu(this));
        setPrimarySection(Section.NAVBAR);

        main.setId(MAIN_ID);
        main.addClassName("app-main");
        main.getElement().setAttribute("tabindex", "-1");
        Div page = new Div(main, SiteChrome.footer(this));
        page.addClassName("app-page");
        setContent(page);
    }

    /** The skip link and the owner bar: one read-only component (issue 14), the same elements as before. */
    static com.vaadin.flow.component.Component headerTop(com.vaadin.flow.component.Component context) {
        org.jsoup.nodes.Element top = StaticHtml.root("div").addClass("app-header-group");
        top.appendElement("a").attr("href", "#" + MAIN_ID).attr("router-ignore", "").addClass("skip-link").text(context.getTranslation("layout.skipToContent"));
        top.appendChild(SiteChrome.ownerBarMarkup(context));
        StaticHtml.Part part = StaticHtml.of(top);
        // "#main-content" resolves against the page's <base href="/">: left to the browser or the router, the
        // link would open the home page. It moves focus to the page's content instead, in the browser alone.
        part.getElement().executeJs(SKIP_LINK_SCRIPT, MAIN_ID);
        return part;
    }

    /**
     * The menu, one read-only component (issue 14): the same {@code vaadin-side-nav} and items the
     * Flow components would create (label slot, path, match-nested), written as markup, so the server
     * keeps one state node instead of two per item. The web component highlights the current item and
     * its links are followed by the client router, as before.
     */
    static com.vaadin.flow.component.Component menu(com.vaadin.flow.component.Component context) {
        // Vaadin checks the access to every route to list the menu entries, which was the most expensive part of
        // a session's first page (issue 14); the entries depend only on the user's roles and the language
        // (and on the routes registered, so the cache belongs to the application's Vaadin context)
        com.vaadin.flow.server.VaadinService service = com.vaadin.flow.server.VaadinService.getCurrent();
        if (service == null) {
            return StaticHtml.of(menuMarkup(context));
        }
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        String key = (ui == null ? "" : ui.getLocale().toLanguageTag()) + menuRoles();
        org.jsoup.nodes.Element cached = service.getContext().getAttribute(MenuCache.class, MenuCache::new).menus
                .get(key, k -> menuMarkup(context));
        synchronized (cached) { // one jsoup tree shared by the sessions: written out by one at a time
            return StaticHtml.of(cached);
        }
    }

    /** The menu's markup for each language and set of roles (a handful in all), kept per Vaadin context. */
    static final class MenuCache {
        final com.github.benmanes.caffeine.cache.Cache<String, org.jsoup.nodes.Element> menus =
                com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(64).build();
    }

    /** The current user's roles, sorted: what the access to the menu's routes depends on. */
    static String menuRoles() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return ":anonymous";
        }
        return auth.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).sorted()
                .collect(java.util.stream.Collectors.joining(",", ":", ""));
    }

    private static org.jsoup.nodes.Element menuMarkup(com.vaadin.flow.component.Component context) {
        org.jsoup.nodes.Element nav = StaticHtml.root("vaadin-side-nav").id("main-menu");
        nav.appendElement("span").attr("slot", "label").text(context.getTranslation("layout.menu"));
        var entries = MenuConfiguration.getMenuEntries();
        var paths = entries.stream().map(MenuEntry::path).toList();
        for (MenuEntry entry : entries) {
            org.jsoup.nodes.Element item = nav.appendElement("vaadin-side-nav-item")
                    .attr("path", entry.path().startsWith("/") ? entry.path().substring(1) : entry.path()).text(context.getTranslation(entry.title()));
            if (matchesNested(entry.path(), paths)) {
                item.attr("match-nested", "");
            }
        }
        return nav;
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
