package it.percorsi.content.ui;

import it.percorsi.base.ui.StaticHtml;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.base.ui.ContentText;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.GuideCard;
import it.percorsi.content.GuideFeedback;
import it.percorsi.content.GuideFeedbackService;
import it.percorsi.content.GuidePage;
import it.percorsi.content.GuideService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * A guide: breadcrumbs, title, table of contents beside the text (above it on a phone), the
 * tools it mentions, related guides and FAQs, and "was this useful?". Trainers and
 * administrators also see the readers' answers.
 */
@Route(ContentRoutes.GUIDE_TEMPLATE)
@PermitAll
public class GuideView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final GuideService guides;
    private final GuideFeedbackService feedback;
    private final CurrentUserProvider currentUser;
    FeedbackForm feedbackForm;
    /** The slug of the guide shown, or null; the page's objects are not kept once shown (issue 14). */
    String shownSlug;
    /** Query parameter naming the path step the guide was opened from, e.g. {@code ?da=percorso/12}. */
    public static final String FROM = ContentRoutes.RETURN_PARAMETER;
    private String returnTo;

    public GuideView(GuideService guides, GuideFeedbackService feedback, CurrentUserProvider currentUser) {
        this.guides = guides;
        this.feedback = feedback;
        this.currentUser = currentUser;
        addClassName("content-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        if (slug.equals(shownSlug)) {
            // A link to a section of this guide: keep the page (and what the reader typed) as it is.
            return;
        }
        removeAll();
        returnTo = event.getLocation().getQueryParameters().getSingleParameter(FROM).filter(ContentRoutes::isReturnAddress)
                .orElse(null);
        Optional<GuidePage> found = guides.guide(slug);
        if (found.isEmpty()) {
            shownSlug = null;
            add(new H2(getTranslation("content.guide.notFound")),
                    new Paragraph(getTranslation("content.guide.notFoundText")),
                    new RouterLink(getTranslation("content.guide.backToLibrary"), GuideLibraryView.class));
            return;
        }
        shownSlug = slug;
        show(found.get());
    }

    private void show(GuidePage page) {
        GuideCard guide = page.guide();
        titleDetail = ContentText.in(guide.title());
        // title, level, reading time and summary: one read-only component (issue 14)
        org.jsoup.nodes.Element head = StaticHtml.root("div").addClass("content-head");
        StaticHtml.text(head, "h2", guide.title()).id("guide-title");
        org.jsoup.nodes.Element meta = head.appendElement("div").addClass("content-meta");
        if (guide.level() != null) {
            meta.appendElement("span").addClass("badge").addClass("level-" + guide.level().code())
                    .text(getTranslation("content.levelLabel", getTranslation("content.level." + guide.level().name())));
        }
        meta.appendElement("span").text(ContentUi.readingTime(this, guide.readingMinutes()));
        StaticHtml.text(head, "p", guide.summary()).addClass("content-summary");

        Div layout = new Div();
        layout.addClassName("content-layout");
        if (!page.toc().isEmpty()) {
            layout.add(ContentUi.toc(getTranslation("content.guide.toc"), guide.route(), page.toc()));
        }
        ContentBody article = ContentBody.article(page.html());
        article.getElement().setAttribute("aria-labelledby", "guide-title");
        layout.add(article);

        if (returnTo != null) {
            Anchor back = new Anchor(returnTo, getTranslation("content.guide.backToStep"));
            back.setId("back-to-step");
            back.addClassName("back-to-step");
            add(new Paragraph(back));
        }
        add(ContentUi.breadcrumbs(this, guide.group(), guide.title()), StaticHtml.of(head));
        Paragraph italianOnly = ContentUi.markItalian(this, getLocale(), article);
        if (italianOnly != null) {
            add(italianOnly);
        }
        add(layout);
        if (!page.tools().isEmpty()) {
            add(staticSection("guide-tools", getTranslation("content.guide.tools"), ContentUi.toolListMarkup(this, page.tools())));
        }
        if (!page.related().isEmpty()) {
            add(staticSection("guide-related", getTranslation("content.guide.related"), ContentUi.guideCardsMarkup(this, page.related())));
        }
        if (!page.faqs().isEmpty()) {
            add(staticSection("guide-faqs", getTranslation("content.guide.faqs"), ContentUi.faqListMarkup(this, page.faqs())));
        }
        feedbackForm = new FeedbackForm(feedback, guide.slug());
        add(feedbackForm);
        if (currentUser.get().map(u -> u.is(Role.TRAINER) || u.is(Role.ADMIN)).orElse(false)) {
            add(ContentUi.trainerLinks(this, it.percorsi.content.ContentKind.GUIDE, guide.slug(), "guide"));
            add(feedbackReport(feedback.forGuide(guide.slug())));
        }
    }

    private Section feedbackReport(List<GuideFeedback> answers) {
        long yes = answers.stream().filter(GuideFeedback::useful).count();
        Div body = new Div(new Paragraph(answers.isEmpty() ? getTranslation("content.feedback.none")
                : getTranslation("content.feedback.summary", yes, answers.size() - yes)));
        UnorderedList comments = new UnorderedList();
        answers.stream().filter(a -> a.comment() != null).forEach(a -> comments.add(new ListItem(
                new Span(getTranslation(a.useful() ? "content.feedback.usefulYes" : "content.feedback.usefulNo")
                        + ": "), new Span(a.comment()))));
        body.add(comments);
        return section("guide-feedback-report", getTranslation("content.feedback.received"), body);
    }

    /** A section after the text, heading and content as one read-only component (issue 14). */
    private static StaticHtml.Part staticSection(String id, String title, org.jsoup.nodes.Element content) {
        org.jsoup.nodes.Element section = it.percorsi.base.ui.StaticHtml.root("section").addClass("content-section").id(id)
                .attr("aria-labelledby", id + "-title");
        section.appendElement("h3").id(id + "-title").text(title);
        section.appendChild(content);
        return it.percorsi.base.ui.StaticHtml.of(section);
    }

    private static Section section(String id, String title, com.vaadin.flow.component.Component content) {
        Section section = new Section();
        section.addClassName("content-section");
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.setId(id);
        section.add(heading, content);
        return section;
    }

    /** Set when the page has loaded its object; the page's kind alone until then. */
    private String titleDetail;

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "title.guide", titleDetail);
    }
}
