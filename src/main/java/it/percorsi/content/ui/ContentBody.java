package it.percorsi.content.ui;

import com.vaadin.flow.component.Component;

/**
 * The rendered, sanitised body of a guide, tool or FAQ answer: {@code <div class="content-body">}
 * holding the renderer's output. Flow's {@code Html} parses its markup and keeps a new copy of
 * it per page; this element keeps the renderer's cached string itself, so every session reading the
 * same revision shares one copy instead of holding its own (issue 14: the guide text was the largest
 * string of a session).
 */
public class ContentBody extends Component {

    private final String html;

    /** {@code html} is the content renderer's sanitised output (never text typed into the page). */
    public ContentBody(String html) {
        this("div", html);
    }

    private ContentBody(String tag, String html) {
        super(new com.vaadin.flow.dom.Element(tag));
        this.html = html;
        getElement().setAttribute("class", "content-body");
        getElement().setProperty("innerHTML", html);
    }

    /**
     * The body as the page's article itself: {@code <article class="content-body content-article">},
     * one element (and one state node, issue 14) instead of an article holding the body.
     */
    public static ContentBody article(String html) {
        ContentBody article = new ContentBody("article", html);
        article.getElement().getClassList().add("content-article");
        return article;
    }

    /** The markup shown, as the renderer made it. */
    public String getInnerHtml() {
        return html;
    }
}
