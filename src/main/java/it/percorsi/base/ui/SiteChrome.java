package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The parts every page shares, logged in or not, following the Designers Italia conventions:
 * a slim bar naming the owner (the Department) above the header, and a footer with legal notes,
 * privacy, the accessibility statement and contacts. Texts come from the "pages" bundle.
 */
public final class SiteChrome {

    /** Route of the accessibility statement (public: AgID asks for it to be reachable by anyone). */
    public static final String ACCESSIBILITY_ROUTE = "accessibilita";
    public static final String LEGAL_ROUTE = "note-legali";
    public static final String PRIVACY_ROUTE = "privacy";
    public static final String CONTACTS_ROUTE = "contatti";
    /** The logged-in user's own page (name, language, password, administration). */
    public static final String ACCOUNT_ROUTE = "account";
    /** The guide library, the way on from an error page (owned by the content feature, which reuses this). */
    public static final String LIBRARY_ROUTE = "guide";
    /** A help-desk ticket's page (owned by the help desk; here so content can link a FAQ to its source ticket). */
    public static final String TICKET_ROUTE = "assistenza/richiesta";

    private SiteChrome() {
    }

    /** The slim bar with the owner's name, first thing in the header. One read-only component (issue 14). */
    public static Component ownerBar(Component context) {
        return StaticHtml.of(ownerBarMarkup(context));
    }

    /** The owner bar's markup, for a read-only part that holds more than the bar (the logged-in header). */
    static org.jsoup.nodes.Element ownerBarMarkup(Component context) {
        org.jsoup.nodes.Element bar = StaticHtml.root("div").addClass("owner-bar");
        bar.appendElement("span").addClass("owner-bar-name").text(context.getTranslation("chrome.owner"));
        return bar;
    }

    /** The footer: one read-only component (issue 14); its links are ordinary links, as before. */
    public static Component footer(Component context) {
        org.jsoup.nodes.Element footer = StaticHtml.root("footer").addClass("site-footer").id("site-footer");
        footer.appendElement("p").addClass("site-footer-brand").text(context.getTranslation("chrome.footer.brand"));
        org.jsoup.nodes.Element links = footer.appendElement("nav")
                .attr("aria-label", context.getTranslation("chrome.footer.nav")).appendElement("ul");
        item(links, context, LEGAL_ROUTE, "chrome.footer.legal", "footer-legal");
        item(links, context, PRIVACY_ROUTE, "chrome.footer.privacy", "footer-privacy");
        item(links, context, ACCESSIBILITY_ROUTE, "chrome.footer.accessibility", "footer-accessibility");
        item(links, context, CONTACTS_ROUTE, "chrome.footer.contacts", "footer-contacts");
        footer.appendElement("p").text(context.getTranslation("chrome.footer.owner"));
        return StaticHtml.of(footer);
    }

    private static void item(org.jsoup.nodes.Element list, Component context, String route, String key, String id) {
        list.appendElement("li").appendElement("a").attr("href", route).id(id).text(context.getTranslation(key));
    }
}
