package it.percorsi.content.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.base.ui.ContentText;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.GuideService;
import it.percorsi.content.ToolCard;
import it.percorsi.content.ToolPage;
import it.percorsi.content.ToolPageExtension;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** A tool (template, checklist, questionnaire model): its text and the guides that explain it. */
@Route(ContentRoutes.TOOL_TEMPLATE)
@PermitAll
public class ToolView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final GuideService guides;
    private final ObjectProvider<ToolPageExtension> extensions;
    private final it.percorsi.account.CurrentUserProvider currentUser;
    ToolPage page;

    public ToolView(GuideService guides, ObjectProvider<ToolPageExtension> extensions,
                    it.percorsi.account.CurrentUserProvider currentUser) {
        this.guides = guides;
        this.extensions = extensions;
        this.currentUser = currentUser;
        addClassName("content-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        if (page != null && page.tool().slug().equals(slug)) {
            return;
        }
        removeAll();
        Optional<ToolPage> found = guides.tool(slug);
        if (found.isEmpty()) {
            page = null;
            add(new H2(getTranslation("content.tool.notFound")),
                    new Paragraph(getTranslation("content.tool.notFoundText")),
                    new RouterLink(getTranslation("content.guide.backToLibrary"), GuideLibraryView.class));
            return;
        }
        page = found.get();
        ToolCard tool = page.tool();
        titleDetail = ContentText.in(tool.title());
        H2 title = ContentText.set(new H2(), tool.title());
        title.setId("tool-title");
        Div meta = new Div();
        meta.addClassName("content-meta");
        if (tool.kind() != null) {
            Span kind = new Span(getTranslation("content.toolKind." + tool.kind().name()));
            kind.addClassName("badge");
            meta.add(kind);
        }
        meta.add(new Span(ContentUi.readingTime(this, page.readingMinutes())));
        Paragraph summary = ContentText.set(new Paragraph(), tool.summary());
        summary.addClassName("content-summary");

        Div layout = new Div();
        layout.addClassName("content-layout");
        if (!page.toc().isEmpty()) {
            layout.add(ContentUi.toc(getTranslation("content.tool.toc"), tool.route(), page.toc()));
        }
        Article article = new Article(new ContentBody(page.html()));
        article.addClassName("content-article");
        article.getElement().setAttribute("aria-labelledby", "tool-title");
        layout.add(article);
        add(ContentUi.breadcrumbs(this, null, tool.title()), title, meta, summary);
        Paragraph italianOnly = ContentUi.markItalian(this, getLocale(), article);
        if (italianOnly != null) {
            add(italianOnly);
        }
        add(layout);
        // downloads and calculators contributed by other modules (the toolbox)
        extensions.orderedStream().forEach(extension -> extension.componentsFor(tool).forEach(this::add));
        if (!page.related().isEmpty()) {
            Section related = new Section();
            related.addClassName("content-section");
            related.setId("tool-related");
            H3 heading = new H3(getTranslation("content.tool.related"));
            related.add(heading, ContentUi.guideCardsHtml(this, page.related()));
            add(related);
        }
        if (currentUser.get().map(u -> u.is(it.percorsi.account.Role.TRAINER) || u.is(it.percorsi.account.Role.ADMIN))
                .orElse(false)) {
            add(ContentUi.trainerLinks(this, it.percorsi.content.ContentKind.TOOL, tool.slug(), "tool"));
        }
    }

    /** Set when the page has loaded its object; the page's kind alone until then. */
    private String titleDetail;

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "title.tool", titleDetail);
    }
}
