package it.percorsi.home.ui;

import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Comparator;
import it.percorsi.helpdesk.TicketSummary;
import it.percorsi.helpdesk.TicketStatus;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.home.HomeRoutes;
import it.percorsi.path.PathRoutes;
import it.percorsi.assessment.AssessmentRoutes;
import it.percorsi.content.ContentRoutes;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.assessment.AssessmentResult;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.path.NextStepCard;
import it.percorsi.path.PathService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The referent's home says what to do next: the next step of the path first, then where the
 * administration stands (self-assessment and path progress), then where to ask.
 */
@Route(HomeRoutes.REFERENT)
@Menu(order = 10, title = "menu.home")
@RolesAllowed(Role.REFERENT_NAME)
public class ReferentHomeView extends HomePage implements HasDynamicTitle {


    /** How many open questions the home lists (the tickets page has them all). */
    static final int OPEN_QUESTIONS_SHOWN = 5;

    public ReferentHomeView(CurrentUserProvider currentUser, PathService paths, AssessmentService assessments,
                             TicketService tickets, DateTimes dates) {
        super(currentUser, "referent");
        add(new NextStepCard(paths.nextStep()));
        add(status(paths, assessments, dates));
        add(questions(tickets, dates));
    }

    /** The administration's open questions to the help desk, those waiting for a reply first, and where to ask. */
    private Div questions(TicketService tickets, DateTimes dates) {
        Div box = new Div();
        box.setId("home-open-questions");
        box.addClassName("home-status");
        box.add(new H3(getTranslation("home.referent.questions")));
        List<TicketSummary> open = tickets.myAdministrationOpenTickets().stream()
                .sorted(Comparator.comparing((TicketSummary t) -> t.status() != TicketStatus.WAITING_FOR_USER)
                        .thenComparing(TicketSummary::createdAt, Comparator.reverseOrder()))
                .toList();
        Paragraph count = new Paragraph(getTranslation("home.referent.questions.open", open.size()));
        count.setId("home-open-count");
        box.add(count);
        if (!open.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("home-open-list");
            for (TicketSummary t : open.stream().limit(OPEN_QUESTIONS_SHOWN).toList()) {
                Anchor link = new Anchor(HelpdeskRoutes.ticket(t.id()), t.number() + " · " + t.subject());
                Span status = new Span(" — " + getTranslation("hd.status." + t.status().name()));
                if (t.status() == TicketStatus.WAITING_FOR_USER) {
                    status.addClassName("home-waiting");
                }
                list.add(new ListItem(link, status));
            }
            box.add(list);
        }
        Paragraph ask = new Paragraph(getTranslation("home.referent.questions.text") + " ");
        ask.add(new Anchor(ContentRoutes.LIBRARY, getTranslation("home.referent.questions.library")));
        ask.setId("home-questions");
        Anchor newQuestion = new Anchor(HelpdeskRoutes.ASK, getTranslation("home.referent.questions.ask"));
        newQuestion.setId("home-ask");
        Anchor all = new Anchor(HelpdeskRoutes.TICKETS, getTranslation("home.referent.questions.all"));
        all.setId("home-all-tickets");
        box.add(ask, new Paragraph(newQuestion), new Paragraph(all));
        return box;
    }

    private Div status(PathService paths, AssessmentService assessments,
                             DateTimes dates) {
        Div box = new Div();
        box.setId("home-status");
        box.addClassName("home-status");
        box.add(new H3(getTranslation("home.referent.status")));
        Optional<AssessmentResult> latest = assessments.latestResult();
        Paragraph assessment;
        if (assessments.hasDraft()) {
            assessment = new Paragraph(getTranslation("home.referent.assessment.draft") + " ");
            assessment.add(new Anchor(AssessmentRoutes.ASSESSMENT, getTranslation("home.referent.assessment.continue")));
        } else if (latest.isPresent()) {
            String date = dates.date(latest.get().completedAt(), getLocale());
            assessment = new Paragraph(getTranslation("home.referent.assessment.done", date) + " ");
            assessment.add(new Anchor(AssessmentRoutes.results(latest.get().id()),
                    getTranslation("home.referent.assessment.results")));
        } else {
            assessment = new Paragraph(getTranslation("home.referent.assessment.none") + " ");
            assessment.add(new Anchor(AssessmentRoutes.ASSESSMENT, getTranslation("home.referent.assessment.start")));
        }
        assessment.setId("home-assessment");
        box.add(assessment);
        paths.nextStep().ifPresent(n -> {
            Paragraph progress = new Paragraph(getTranslation("home.referent.path", n.progressPercent(), n.finishedSteps(),
                    n.totalSteps()) + " ");
            progress.add(new Anchor(PathRoutes.PATH, getTranslation("home.referent.path.open")));
            progress.setId("home-path");
            box.add(progress);
        });
        return box;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "title.home");
    }
}
