package it.percorsi;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import it.percorsi.base.ui.MainLayout;
import it.percorsi.base.ui.StaticHtml;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Browserless tests of the header's buttons (language switch, logout), which are markup inside one
 * read-only part (issue 14): the part's markup, and a click as the browser reports it.
 */
public final class HeaderButtons {

    private HeaderButtons() {
    }

    /** The header part holding the user's name, the account link and the two buttons. */
    public static StaticHtml.Part part() {
        return all(UI.getCurrent().getElement()).flatMap(e -> e.getComponent().stream())
                .filter(StaticHtml.Part.class::isInstance).map(StaticHtml.Part.class::cast)
                .filter(p -> "app-header-account".equals(p.getElement().getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no header account part"));
    }

    /** The button with this id, as markup, if the header shows it. */
    public static Optional<org.jsoup.nodes.Element> button(String id) {
        return Optional.ofNullable(org.jsoup.Jsoup.parseBodyFragment(part().getInnerHtml()).selectFirst("vaadin-button#" + id));
    }

    /** A click on the button with this id, with the event data (and filter value) the client computes. */
    public static void click(String id) {
        button(id).orElseThrow(() -> new AssertionError("no header button #" + id));
        Element element = part().getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click",
                JsonNodeFactory.instance.objectNode().put(MainLayout.HEADER_ACTION, id).put(MainLayout.HEADER_CLICK, true)));
    }

    private static Stream<Element> all(Element e) {
        Stream<Element> virtual = Stream.empty();
        if (e.getNode().hasFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)) {
            java.util.List<Element> children = new java.util.ArrayList<>();
            e.getNode().getFeature(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                    .forEachChild(n -> children.add(Element.get(n)));
            virtual = children.stream();
        }
        return Stream.concat(Stream.of(e), Stream.concat(e.getChildren(), virtual).flatMap(HeaderButtons::all));
    }
}
