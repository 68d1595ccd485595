package it.percorsi.path.ui;

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
import it.percorsi.account.Role;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentRoutes;
import it.percorsi.path.PathOverview;
import it.percorsi.path.PathRoutes;
import it.percorsi.path.PathService;
import it.percorsi.path.PathStepView;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** The frequently asked questions of the referent's path, step by step, each linked to its page. */
@Route(PathRoutes.FAQS)
@Menu(order = 31, title = "menu.pathFaqs")
@RolesAllowed(Role.REFERENT_NAME)
class PathFaqView extends Div implements HasDynamicTitle {

    final Optional<PathOverview> path;

    PathFaqView(PathService paths) {
        addClassName("content-page");
        H2 title = new H2(getTranslation("path.faqs.title"));
        title.setId("path-faqs-title");
        add(title);
        path = paths.currentPath();
        Anchor all = new Anchor(ContentRoutes.FAQ, getTranslation("path.faqs.all"));
        all.setId("path-faqs-all");
        if (path.isEmpty()) {
            add(new Paragraph(getTranslation("path.faqs.noPath")), new Paragraph(all));
            return;
        }
        add(new Paragraph(getTranslation("path.faqs.intro")));
        int shown = 0;
        for (PathStepView step : path.get().steps()) {
            if (step.faqs().isEmpty()) {
                continue;
            }
            H3 heading = new H3(getTranslation("path.faqs.step", step.number(), ContentText.in(step.title())));
            heading.setId("path-faqs-step-" + step.stepId());
            UnorderedList list = new UnorderedList();
            for (PathStepView.ContentLink faq : step.faqs()) {
                Anchor link = new Anchor(faq.route(), ContentText.in(faq.title()));
                ContentText.mark(link, faq.title());
                link.setId("path-faq-" + step.stepId() + "-" + faq.slug());
                list.add(new ListItem(link));
            }
            Section section = new Section(heading, list);
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            add(section);
            shown++;
        }
        if (shown == 0) {
            add(new Paragraph(getTranslation("path.faqs.none")));
        }
        add(new Paragraph(all));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "path.faqs.title");
    }
}
