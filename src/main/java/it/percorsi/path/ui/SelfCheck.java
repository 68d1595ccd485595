package it.percorsi.path.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import it.percorsi.base.i18n.Localized;
import it.percorsi.base.ui.ContentText;
import java.util.function.Consumer;

/**
 * A self-check question of a path step: a native checkbox inside its label. Flow's Checkbox
 * synchronises {@code checked} and {@code indeterminate}, and its web component announces both when it
 * first renders, which cost the path page a round trip after every load (issue 14). A native
 * checkbox says nothing until the user changes it: only its {@code change} event reaches the server.
 */
@Tag("label")
class SelfCheck extends Component {

    /** The event data the change listener reads: the box's new state. */
    static final String CHECKED_NOW = "event.target.checked";

    private final Element input = new Element("input");
    private final String text;
    private boolean checked;

    SelfCheck(String id, Localized text, boolean checked, Consumer<Boolean> onChange) {
        this.text = ContentText.in(text);
        this.checked = checked;
        getElement().setAttribute("class", "path-check");
        input.setAttribute("type", "checkbox").setAttribute("id", id);
        if (checked) {
            // the attribute, not the property: it is the box's initial state and is part of the markup
            input.setAttribute("checked", "");
        }
        Element label = new Element("span").setText(this.text);
        getElement().appendChild(input, label);
        ContentText.mark(this, text);
        input.addEventListener("change", e -> {
            this.checked = e.getEventData().get(CHECKED_NOW).asBoolean();
            onChange.accept(this.checked);
        }).addEventData(CHECKED_NOW);
    }

    /** The element of the checkbox itself (its id is the check's). */
    Element input() {
        return input;
    }

    boolean isChecked() {
        return checked;
    }

    String text() {
        return text;
    }
}
