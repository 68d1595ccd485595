package it.percorsi.content.ui;

import it.percorsi.base.i18n.Localized;
import it.percorsi.base.ui.ContentText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import it.percorsi.content.GuideCard;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.ToolCard;
import it.percorsi.content.TocEntry;
import java.util.List;
import java.util.Map;

/** Small building blocks shared by the reader views. */
final class ContentUi {

    static final String LEVEL_PARAM = "livello";
    static final String GROUP_PARAM = "tema";
    static final String TAG_PARAM = "tag";

    private ContentUi() {
    }

    static RouterLink guideLink(String text, String slug) {
        return new RouterLink(text, GuideView.class, new RouteParameters("slug", slug));
    }

    static RouterLink toolLink(String text, String slug) {
        return new RouterLink(text, ToolView.class, new RouteParameters("slug", slug));
    }

    static String readingTime(Component c, int minutes) {
        return c.getTranslation("content.readingTime", minutes);
    }

    /** A guide card: title link in a heading of the given level, summary, level, reading time. */
    static Div guideCard(Component c, GuideCard guide, boolean h4) {
        Div card = new Div();
        card.addClassName("guide-card");
        RouterLink title = guideLink(ContentText.in(guide.title()), guide.slug());
        ContentText.mark(title, guide.title());
        title.addClassName("guide-card-link");
        card.add(h4 ? new H4(title) : new H3(title));
        card.add(ContentText.set(new Paragraph(), guide.summary()));
        Div meta = new Div();
        meta.addClassName("content-meta");
        if (guide.level() != null) {
            Span level = new Span(c.getTranslation("content.level." + guide.level().name()));
            level.addClassNames("badge", "level-" + guide.level().code());
            level.getElement().setAttribute("title", c.getTranslation("content.levelLabel",
                    c.getTranslation("content.level." + guide.level().name())));
            meta.add(level);
        }
        meta.add(new Span(readingTime(c, guide.readingMinutes())));
        card.add(meta);
        return card;
    }

    static UnorderedList toolList(Component c, List<ToolCard> tools) {
        UnorderedList list = new UnorderedList();
        list.addClassName("tool-list");
        for (ToolCard tool : tools) {
            RouterLink link = toolLink(ContentText.in(tool.title()), tool.slug());
            ContentText.mark(link, tool.title());
            ListItem item = new ListItem(link);
            if (tool.kind() != null) {
                Span kind = new Span(c.getTranslation("content.toolKind." + tool.kind().name()));
                kind.addClassName("badge");
                item.add(new Span(" "), kind);
            }
            item.add(ContentText.set(new Paragraph(), tool.summary()));
            list.add(item);
        }
        return list;
    }

    /** Table of contents as a navigation landmark; links are native fragment links. */
    static Nav toc(String label, String route, List<TocEntry> entries) {
        Nav nav = new Nav();
        nav.addClassName("content-toc");
        nav.getElement().setAttribute("aria-labelledby", "toc-title");
        H3 title = new H3(label);
        title.setId("toc-title");
        nav.add(title);
        UnorderedList list = new UnorderedList();
        for (TocEntry entry : entries) {
            Anchor link = new Anchor(route + "#" + entry.id(), entry.text());
            link.setRouterIgnore(true);
            ListItem item = new ListItem(link);
            item.addClassName("toc-depth-" + entry.depth());
            list.add(item);
        }
        nav.add(list);
        return nav;
    }

    /** Guide library > group > current page, with the current page marked for assistive technology. */
    /**
     * Content is written in Italian. On the English interface its text is marked lang="it" (so a
     * screen reader switches voice) and the article is introduced with "Available in Italian".
     * Returns the note to show, or null on the Italian interface.
     */
    static Paragraph markItalian(Component c, java.util.Locale locale, HasElement... italianParts) {
        if (!"en".equals(locale.getLanguage())) {
            return null;
        }
        for (HasElement part : italianParts) {
            part.getElement().setAttribute("lang", "it");
        }
        Paragraph note = new Paragraph(c.getTranslation("content.italianOnly"));
        note.setId("italian-only");
        note.addClassName("italian-only");
        return note;
    }

    static Nav breadcrumbs(Component c, GuideGroup group, Localized current) {
        Nav nav = new Nav();
        nav.addClassName("breadcrumbs");
        nav.getElement().setAttribute("aria-label", c.getTranslation("content.breadcrumbs"));
        OrderedList list = new OrderedList();
        list.add(new ListItem(new RouterLink(c.getTranslation("content.library.title"), GuideLibraryView.class)));
        if (group != null) {
            RouterLink groupLink = new RouterLink(c.getTranslation("content.group." + group.name()),
                    GuideLibraryView.class);
            groupLink.setQueryParameters(QueryParameters.simple(Map.of(GROUP_PARAM, group.code())));
            list.add(new ListItem(groupLink));
        }
        Span here = ContentText.span(current);
        here.getElement().setAttribute("aria-current", "page");
        list.add(new ListItem(here));
        nav.add(list);
        return nav;
    }
}
