package it.percorsi.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.FaqItem;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every published FAQ, grouped by topic; each question opens its own page. */
@Route(ContentRoutes.FAQ)
@Menu(order = 26, title = "menu.faq")
@PermitAll
class FaqIndexView extends Div implements HasDynamicTitle {

    final List<FaqItem> faqs;

    FaqIndexView(GuideService guides) {
        addClassName("content-page");
        faqs = guides.faqIndex();
        H2 title = new H2(getTranslation("content.faqIndex.title"));
        title.setId("faq-title");
        add(title, new Paragraph(getTranslation("content.faqIndex.intro")));
        if (faqs.isEmpty()) {
            add(new Paragraph(getTranslation("content.faqIndex.none")));
            return;
        }
        Map<FaqTopic, List<FaqItem>> byTopic = new LinkedHashMap<>();
        faqs.forEach(f -> byTopic.computeIfAbsent(f.topic(), t -> new java.util.ArrayList<>()).add(f));
        byTopic.forEach((topic, items) -> {
            String code = topic == null ? "none" : topic.code();
            H3 heading = new H3(topic == null ? getTranslation("content.faqIndex.otherTopic")
                    : getTranslation("content.faqTopic." + topic.name()));
            heading.setId("faq-topic-" + code);
            UnorderedList list = new UnorderedList();
            list.addClassName("faq-index-list");
            for (FaqItem faq : items) {
                Anchor link = new Anchor(ContentRoutes.faq(faq.slug()), ContentText.in(faq.question()));
                link.setId("faq-link-" + faq.slug());
                list.add(new ListItem(link));
            }
            Section section = new Section(heading, list);
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            add(section);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.faqIndex.title");
    }
}
