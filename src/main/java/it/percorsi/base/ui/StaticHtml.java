package it.percorsi.base.ui;

import com.vaadin.flow.component.UI;
import it.percorsi.base.i18n.Localized;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only parts of a page (tables of contents, breadcrumbs, lists of related guides and tools,
 * footers) as ONE component instead of a tree of components: the server keeps one state node for
 * the whole part instead of one per element and text (issue 14). The markup is built with jsoup
 * elements, so every text is escaped; nothing typed by a user is ever passed as markup.
 * Links within the portal carry {@code router-link}, as a {@code RouterLink} does, so the client
 * navigates without reloading the page; keyboard focus and screen readers see ordinary links.
 */
public final class StaticHtml {

    private StaticHtml() {
    }

    /** A new detached root element; build the part under it, then {@link #of(Element) make the component}. */
    public static Element root(String tag) {
        Document doc = Document.createShell("");
        // characters beyond Latin-1 as character references: the same text, half the memory (see SafeHtml)
        doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.ISO_8859_1);
        return doc.body().appendElement(tag);
    }

    /** The component showing the element and everything under it. */
    public static Part of(Element root) {
        return new Part(root);
    }

    /**
     * A read-only part: an element with the root's tag and attributes whose {@code innerHTML} is the
     * markup under the root, written once. Flow's {@code Html} would parse that markup again and
     * write it anew, which costs time on every page and undoes the Latin-1 output of {@link #root}.
     */
    public static final class Part extends com.vaadin.flow.component.Component {

        private final String innerHtml;

        private Part(Element root) {
            super(new com.vaadin.flow.dom.Element(root.tagName()));
            root.attributes().forEach(a -> getElement().setAttribute(a.getKey(), a.getValue()));
            // the same markup in many sessions (the menu, a guide's sections) is one string, kept while any page shows it
            innerHtml = SHARED.intern(root.html());
            getElement().setProperty("innerHTML", innerHtml);
        }

        private static final com.github.benmanes.caffeine.cache.Interner<String> SHARED =
                com.github.benmanes.caffeine.cache.Interner.newWeakInterner();

        /** The markup under the part's own element. */
        public String getInnerHtml() {
            return innerHtml;
        }
    }

    /** A link to a route of the portal, followed by the client router (no page reload). */
    public static Element routerLink(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).attr("router-link", "").text(text);
    }

    /** Appends a child element holding a content text, marked lang="it" when it falls back to Italian. */
    public static Element text(Element parent, String tag, Localized text) {
        return mark(parent.appendElement(tag).text(text.in(locale())), text);
    }

    /** Marks the element lang="it" when the content text falls back to Italian on this page. */
    public static Element mark(Element element, Localized text) {
        if (text.isFallback(locale())) {
            element.attr("lang", "it");
        }
        return element;
    }

    /**
     * Appends to {@code parent} the message {@code key} whose parameter {0} is a content text and {1}...
     * are {@code more}, the content text in its own span (marked lang="it" when it falls back), as
     * {@link ContentText#fill} does for components.
     */
    public static Element fill(Element parent, String key, Localized text, Object... more) {
        String[] around = ContentText.around(key, more);
        if (around.length == 1) {
            return parent.appendText(around[0]);
        }
        parent.appendText(around[0]);
        text(parent, "span", text);
        return parent.appendText(around[1]);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ITALIAN : ui.getLocale();
    }
}
