package it.percorsi.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * The rendered, sanitised body of a guide, tool or FAQ answer: {@code <div class="content-body">}
 * holding the renderer's output. Flow's {@code Html} parses its markup and keeps a new copy of
 * it per page; this element keeps the renderer's cached string itself, so every session reading the
 * same revision shares one copy instead of holding its own (issue 14: the guide text was the largest
 * string of a session).
 */
@Tag("div")
public class ContentBody extends Component {

    private final String html;

    /** {@code html} is the content renderer's sanitised output (never text typed into the page). */
    public ContentBody(String html) {
        this.html = html;
        getElement().setAttribute("class", "content-body");
        getElement().setProperty("innerHTML", html);
    }

    /** The markup shown, as the renderer made it. */
    public String getInnerHtml() {
        return html;
    }
}
