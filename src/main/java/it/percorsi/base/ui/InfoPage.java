package it.percorsi.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.base.SiteContacts;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A public page of the footer (legal notes, privacy, accessibility statement, contacts): a title
 * and sections whose texts live in the "pages" bundle as {@code info.<page>.<section>.title/text}.
 * A text may hold several paragraphs separated by a blank line ("\n\n").
 */
abstract class InfoPage extends PublicFrame implements HasDynamicTitle {

    private final String page;

    InfoPage(ApplicationEventPublisher events, SiteContacts contacts, String page, List<String> sections) {
        super(events);
        this.page = page;
        card.addClassName("info-card");
        H2 title = new H2(getTranslation("info." + page + ".title"));
        title.setId("info-title");
        card.add(title);
        for (String section : sections) {
            String prefix = "info." + page + "." + section;
            H3 heading = new H3(getTranslation(prefix + ".title"));
            heading.setId("info-" + section);
            card.add(heading);
            for (String paragraph : getTranslation(prefix + ".text", contacts.asParameters()).split("\n\n")) {
                card.add(new Paragraph(paragraph));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "info." + page + ".title");
    }
}
