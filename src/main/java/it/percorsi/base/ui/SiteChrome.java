package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

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

    /** The slim bar with the owner's name, first thing in the header. */
    public static Component ownerBar(Component context) {
        Div bar = new Div();
        bar.addClassName("owner-bar");
        Span owner = new Span(context.getTranslation("chrome.owner"));
        owner.addClassName("owner-bar-name");
        bar.add(owner);
        return bar;
    }

    public static Footer footer(Component context) {
        Footer footer = new Footer();
        footer.addClassName("site-footer");
        footer.setId("site-footer");
        Paragraph brand = new Paragraph(context.getTranslation("chrome.footer.brand"));
        brand.addClassName("site-footer-brand");
        UnorderedList links = new UnorderedList(
                item(context, LEGAL_ROUTE, "chrome.footer.legal", "footer-legal"),
                item(context, PRIVACY_ROUTE, "chrome.footer.privacy", "footer-privacy"),
                item(context, ACCESSIBILITY_ROUTE, "chrome.footer.accessibility", "footer-accessibility"),
                item(context, CONTACTS_ROUTE, "chrome.footer.contacts", "footer-contacts"));
        Nav nav = new Nav(links);
        nav.getElement().setAttribute("aria-label", context.getTranslation("chrome.footer.nav"));
        footer.add(brand, nav, new Paragraph(context.getTranslation("chrome.footer.owner")));
        return footer;
    }

    private static ListItem item(Component context, String route, String key, String id) {
        Anchor a = new Anchor(route, context.getTranslation(key));
        a.setId(id);
        return new ListItem(a);
    }
}
