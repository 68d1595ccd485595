package it.percorsi.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.FaqItem;
import it.percorsi.content.ContentKind;
import it.percorsi.content.GuideFeedbackService;
import it.percorsi.content.GuideService;
import jakarta.annotation.security.PermitAll;

/** One published FAQ: the question, its answer and its topic, with the way back to all FAQs. */
@Route(ContentRoutes.FAQ_TEMPLATE)
@PermitAll
class FaqView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GuideService guides;
    private final GuideFeedbackService feedback;
    private final it.percorsi.content.FaqDraftService drafts;
    private FaqItem faq;
    FeedbackForm feedbackForm;

    FaqView(GuideService guides, GuideFeedbackService feedback, it.percorsi.content.FaqDraftService drafts) {
        this.drafts = drafts;
        this.guides = guides;
        this.feedback = feedback;
        addClassName("content-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse(null);
        faq = guides.findFaq(slug).orElse(null);
        if (faq == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor back = new Anchor(ContentRoutes.FAQ, getTranslation("content.faq.back"));
        back.setId("faq-back");
        back.addClassName("back-link");
        H2 question = ContentText.set(new H2(), faq.question());
        question.setId("faq-question");
        add(back, question);
        if (faq.topic() != null) {
            Paragraph topic = new Paragraph(getTranslation("content.faq.topic",
                    getTranslation("content.faqTopic." + faq.topic().name())));
            topic.setId("faq-topic");
            topic.addClassName("content-meta");
            add(topic);
        }
        ContentBody answer = new ContentBody(faq.answerHtml());
        answer.setId("faq-answer");
        Paragraph italianOnly = ContentUi.markItalian(this, getLocale(), answer);
        if (italianOnly != null) {
            add(italianOnly);
        }
        add(answer);
        // staff only: the ticket this FAQ came from (empty for referents and for FAQs from the library)
        drafts.sourceTicket(faq.slug()).ifPresent(source -> {
            Anchor link = new Anchor(source.route(), getTranslation("content.faq.source", source.number()));
            link.setId("faq-source-ticket");
            Paragraph p = new Paragraph(link);
            p.addClassName("content-meta");
            add(p);
        });
        feedbackForm = new FeedbackForm(feedback, ContentKind.FAQ, faq.slug());
        add(feedbackForm);
    }

    @Override
    public String getPageTitle() {
        return faq == null ? PageTitles.key(this, "content.faqIndex.title")
                : PageTitles.detail(this, "content.faq.pageTitle", ContentText.in(faq.question()));
    }
}
