package it.percorsi.content.ui;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.ui.DateTimes;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.AuthoringService;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.DraftInfo;
import it.percorsi.content.DraftState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The trainers' desk: drafts waiting for review, drafts being written, archived documents, and
 * links to write a new guide, tool or FAQ.
 */
@Route(ContentRoutes.DRAFTS)
@Menu(order = 81, title = "menu.authoring")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
class ContentDraftsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final AuthoringService authoring;
    private final DateTimes dates;
    final UnorderedList inReview = new UnorderedList();
    final UnorderedList writing = new UnorderedList();
    final UnorderedList archived = new UnorderedList();

    ContentDraftsView(AuthoringService authoring, DateTimes dates) {
        this.authoring = authoring;
        this.dates = dates;
        addClassName("content-page");
        H2 title = new H2(getTranslation("authoring.drafts.title"));
        title.setId("drafts-page-title");
        Div create = new Div();
        create.setId("drafts-new");
        create.addClassName("drafts-new");
        for (ContentKind kind : ContentKind.values()) {
            Anchor a = new Anchor(ContentRoutes.create(kind), getTranslation("authoring.drafts.new." + kind.name()));
            a.setId("drafts-new-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            create.add(a, new Span(" "));
        }
        inReview.setId("drafts-in-review");
        writing.setId("drafts-writing");
        archived.setId("drafts-archived");
        add(title, new Paragraph(getTranslation(authoring.secondReviewerRequired() ? "authoring.drafts.introSecond"
                : "authoring.drafts.intro")), create,
                section("drafts-review", "authoring.drafts.inReview", inReview),
                section("drafts-open", "authoring.drafts.writing", writing),
                section("drafts-archive", "authoring.drafts.archived", archived));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DraftInfo> open = authoring.openDrafts();
        fill(inReview, open.stream().filter(d -> d.state() == DraftState.IN_REVIEW).toList());
        fill(writing, open.stream().filter(d -> d.state() == DraftState.DRAFT).toList());
        fill(archived, authoring.archived());
    }

    private void fill(UnorderedList list, List<DraftInfo> drafts) {
        list.removeAll();
        if (drafts.isEmpty()) {
            list.add(new ListItem(getTranslation("authoring.drafts.none")));
        }
        for (DraftInfo d : drafts) {
            String title = d.content().title() == null || d.content().title().isBlank() ? d.slug() : d.content().title();
            Anchor open = new Anchor(ContentRoutes.edit(d.kind(), d.slug()), title);
            open.setId("draft-" + d.id());
            list.add(new ListItem(open, new Span(" · " + getTranslation("authoring.kind." + d.kind().name())
                    + (d.newDocument() ? " · " + getTranslation("authoring.drafts.newDocument") : "")
                    + " · " + getTranslation("authoring.drafts.updated", d.updatedByName() == null ? "" : d.updatedByName(),
                    dates.dateTime(d.updatedAt(), getLocale())))));
        }
    }

    private static Section section(String id, String key, UnorderedList list) {
        Section s = new Section();
        H3 h = new H3(s.getTranslation(key));
        h.setId(id + "-title");
        s.getElement().setAttribute("aria-labelledby", id + "-title");
        s.setId(id);
        s.add(h, list);
        return s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "authoring.drafts.title");
    }
}
