package it.percorsi.path.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Browserless tests of the path page's own elements (issue 14): a step panel opened and a self-check
 * ticked as the browser reports them, through the DOM events the page listens to.
 */
final class PathPageActions {

    private PathPageActions() {
    }

    /**
     * The web component's opened-changed event with the panel's new state, carrying what the client
     * computes for it: the event data and both possible filters. The server applies the listener's
     * filter to these values as the client does, so an event the client would not send is ignored.
     */
    static void openedChanged(StepPanel panel, boolean open) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put(StepPanel.OPENED_NOW, open)
                .put("!" + StepPanel.OPENED_NOW, !open);
        fire(panel.getElement(), "opened-changed", data);
    }

    /** The self-check whose checkbox has this id on the current page, if shown. */
    static Optional<SelfCheck> check(String id) {
        return all(UI.getCurrent()).filter(c -> c instanceof SelfCheck).map(SelfCheck.class::cast)
                .filter(c -> id.equals(c.input().getAttribute("id"))).findFirst();
    }

    /** The user ticks or clears the checkbox: its change event, as the client sends it. */
    static void tick(SelfCheck check, boolean checked) {
        fire(check.input(), "change", JsonNodeFactory.instance.objectNode().put(SelfCheck.CHECKED_NOW, checked));
    }

    /** The checkbox with this id on the current page; fails the test when there is none. */
    static SelfCheck requireCheck(String id) {
        return check(id).orElseThrow(() -> new AssertionError("no self-check #" + id));
    }

    private static void fire(Element element, String type, ObjectNode data) {
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }

    private static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(PathPageActions::all));
    }
}
