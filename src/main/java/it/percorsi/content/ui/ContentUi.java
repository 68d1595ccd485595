package it.percorsi.content.ui;

import it.percorsi.base.i18n.Localized;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.StaticHtml;
import it.percorsi.content.ContentRoutes;
import org.jsoup.nodes.Element;
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

    /** The tools as read-only markup (a guide's "tools it mentions"), to be put inside a larger read-only part. */
    static Element toolListMarkup(Component c, List<ToolCard> tools) {
        Element list = StaticHtml.root("ul").addClass("tool-list");
        for (ToolCard tool : tools) {
            Element item = list.appendElement("li");
            StaticHtml.mark(StaticHtml.routerLink(item, ContentRoutes.tool(tool.slug()), ContentText.in(tool.title())),
                    tool.title());
            if (tool.kind() != null) {
                item.appendElement("span").text(" ");
                item.appendElement("span").addClass("badge").text(c.getTranslation("content.toolKind." + tool.kind().name()));
            }
            StaticHtml.text(item, "p", tool.summary());
        }
        return list;
    }

    /** Guide cards (related guides) in a grid, as one read-only component: the markup of {@link #guideCard}. */
    static StaticHtml.Part guideCardsHtml(Component c, List<GuideCard> guides) {
        return StaticHtml.of(guideCardsMarkup(c, guides));
    }

    /** The markup of {@link #guideCardsHtml}, to be put inside a larger read-only part. */
    static Element guideCardsMarkup(Component c, List<GuideCard> guides) {
        Element grid = StaticHtml.root("div").addClass("guide-grid");
        for (GuideCard guide : guides) {
            Element card = grid.appendElement("div").addClass("guide-card");
            Element link = StaticHtml.routerLink(card.appendElement("h4"), ContentRoutes.guide(guide.slug()),
                    ContentText.in(guide.title())).addClass("guide-card-link");
            StaticHtml.mark(link, guide.title());
            StaticHtml.text(card, "p", guide.summary());
            Element meta = card.appendElement("div").addClass("content-meta");
            if (guide.level() != null) {
                meta.appendElement("span").addClass("badge").addClass("level-" + guide.level().code())
                        .attr("title", c.getTranslation("content.levelLabel",
                                c.getTranslation("content.level." + guide.level().name())))
                        .text(c.getTranslation("content.level." + guide.level().name()));
            }
            meta.appendElement("span").text(readingTime(c, guide.readingMinutes()));
        }
        return grid;
    }

    /** Table of contents as a navigation landmark; links are native fragment links. One read-only component. */
    /**
     * The table of contents beside the text: {@code <aside class="content-aside">} holding the
     * {@code <nav class="content-toc">}, one read-only component (issue 14).
     */
    static StaticHtml.Part toc(String label, String route, List<TocEntry> entries) {
        Element aside = StaticHtml.root("aside").addClass("content-aside");
        Element nav = aside.appendElement("nav").addClass("content-toc").attr("aria-labelledby", "toc-title");
        nav.appendElement("h3").id("toc-title").text(label);
        Element list = nav.appendElement("ul");
        for (TocEntry entry : entries) {
            list.appendElement("li").addClass("toc-depth-" + entry.depth())
                    .appendElement("a").attr("href", route + "#" + entry.id()).attr("router-ignore", "").text(entry.text());
        }
        return StaticHtml.of(aside);
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

    /**
     * A guide's FAQs as collapsible answers, one read-only component (issue 14): the same
     * {@code vaadin-details} elements the Flow component makes, written as markup, so opening one is
     * done by the browser alone (no round trip) and the server keeps one state node for the list. On
     * the English interface each Italian answer is marked lang="it" and introduced.
     */
    static Element faqListMarkup(Component c, java.util.List<it.percorsi.content.FaqItem> faqs) {
        Element list = StaticHtml.root("div").addClass("faq-list");
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        boolean english = ui != null && "en".equals(ui.getLocale().getLanguage());
        for (it.percorsi.content.FaqItem faq : faqs) {
            Element details = list.appendElement("vaadin-details").id("faq-" + faq.slug());
            StaticHtml.text(details.appendElement("vaadin-details-summary").attr("slot", "summary"), "span", faq.question());
            Element content = details.appendElement("div");
            if (english) {
                content.appendElement("p").addClass("italian-only").addClass("faq-italian-only")
                        .text(c.getTranslation("content.italianOnly"));
            }
            Element answer = content.appendElement("div").addClass("content-body");
            if (english) {
                answer.attr("lang", "it");
            }
            answer.append(faq.answerHtml()); // the renderer's sanitised output, as the page body
        }
        return list;
    }

    /** Guide library > group > current page, one read-only component. */
    static StaticHtml.Part breadcrumbs(Component c, GuideGroup group, Localized current) {
        Element nav = StaticHtml.root("nav").addClass("breadcrumbs").attr("aria-label", c.getTranslation("content.breadcrumbs"));
        Element list = nav.appendElement("ol");
        StaticHtml.routerLink(list.appendElement("li"), ContentRoutes.LIBRARY, c.getTranslation("content.library.title"));
        if (group != null) {
            StaticHtml.routerLink(list.appendElement("li"), ContentRoutes.LIBRARY + "?" + GROUP_PARAM + "=" + group.code(),
                    c.getTranslation("content.group." + group.name()));
        }
        StaticHtml.text(list.appendElement("li"), "span", current).attr("aria-current", "page");
        return StaticHtml.of(nav);
    }

    /**
     * The trainer's links under a guide or tool: "Modifica" (the editor) and the revision history,
     * with ids {@code <idPrefix>-edit} and {@code <idPrefix>-revisions}.
     */
    static Component[] trainerLinks(Component c, it.percorsi.content.ContentKind kind, String slug, String idPrefix) {
        com.vaadin.flow.component.html.Anchor history = new com.vaadin.flow.component.html.Anchor(
                it.percorsi.content.ContentRoutes.revisions(kind, slug), c.getTranslation("content.revisions.link"));
        history.setId(idPrefix + "-revisions");
        com.vaadin.flow.component.html.Anchor edit = new com.vaadin.flow.component.html.Anchor(
                it.percorsi.content.ContentRoutes.edit(kind, slug), c.getTranslation("authoring.editLink"));
        edit.setId(idPrefix + "-edit");
        edit.addClassName("content-edit-link");
        return new Component[] {edit, history};
    }

}
