package it.percorsi.content.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.GuideService;
import it.percorsi.content.ToolCard;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The index of tools and templates: every published tool, by title, with its kind and summary. */
@Route(ContentRoutes.TOOLS)
@Menu(order = 25, title = "menu.tools")
@PermitAll
class ToolIndexView extends Div implements HasDynamicTitle {

    final List<ToolCard> tools;

    ToolIndexView(GuideService guides) {
        addClassName("content-page");
        tools = guides.toolIndex();
        H2 title = new H2(getTranslation("content.tools.title"));
        title.setId("tools-title");
        add(title, new Paragraph(getTranslation("content.tools.intro")));
        if (tools.isEmpty()) {
            add(new Paragraph(getTranslation("content.tools.none")));
        } else {
            var list = ContentUi.toolList(this, tools);
            list.setId("tool-index");
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.tools.title");
    }
}
