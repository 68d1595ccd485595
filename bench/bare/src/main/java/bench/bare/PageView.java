package bench.bare;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import jakarta.annotation.security.PermitAll;

/** The one markdown page, rendered at each visit. */
@Route("")
@RouteAlias("page")
@PageTitle("Guida")
@PermitAll
public class PageView extends VerticalLayout {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    public PageView(PageRepository pages) {
        Page page = pages.findById("page").orElseThrow();
        H1 title = new H1(page.getTitle());
        title.setId("page-title");
        add(title, new Html("<div>" + HTML.render(PARSER.parse(page.getMarkdown())) + "</div>"));
    }
}
