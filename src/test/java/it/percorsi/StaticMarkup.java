package it.percorsi;

import com.vaadin.flow.component.Component;
import it.percorsi.base.ui.StaticHtml;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Browserless tests of read-only parts written as markup (base.ui.StaticHtml, issue 14): finds an element by
 * id inside the {@link StaticHtml.Part}s of the current UI, as {@code $(Paragraph.class).id(...)} did for
 * components.
 */
public final class StaticMarkup {

    private StaticMarkup() {
    }

    /** The element with this id in the page's markup parts, if any. */
    public static Optional<Element> find(String id) {
        return htmls(UI.getCurrent()).map(h -> {
            // the root's own id is on the component; its content is the inner markup
            Element content = Jsoup.parseBodyFragment("<div>" + h.getInnerHtml() + "</div>").body().child(0);
            return h.getId().filter(id::equals).isPresent() ? content : content.getElementById(id);
        }).filter(java.util.Objects::nonNull).findFirst();
    }

    /** The element with this id; fails the test when there is none. */
    public static Element get(String id) {
        return find(id).orElseThrow(() -> new AssertionError("no element #" + id + " in the page's markup"));
    }

    private static Stream<StaticHtml.Part> htmls(Component c) {
        return Stream.concat(c instanceof StaticHtml.Part h ? Stream.of(h) : Stream.empty(), c.getChildren().flatMap(StaticMarkup::htmls));
    }
}
