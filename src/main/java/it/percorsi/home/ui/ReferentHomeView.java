package it.percorsi.home.ui;

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
import it.percorsi.base.ui.StaticHtml;
import org.jsoup.nodes.Element;
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
        Optional<it.percorsi.path.NextStep> next = paths.nextStep(); // one computation of the path for both
        add(new NextStepCard(next));
        add(status(next, assessments, dates));
        add(questions(tickets, dates));
    }

    /**
     * The administration's open questions to the help desk, those waiting for a reply first, and where to ask.
     * Read-only: one component of markup (issue 14), the same elements and ids as before.
     */
    private StaticHtml.Part questions(TicketService tickets, DateTimes dates) {
        Element box = StaticHtml.root("div").id("home-open-questions").addClass("home-status");
        box.appendElement("h3").text(getTranslation("home.referent.questions"));
        List<TicketSummary> open = tickets.myAdministrationOpenTickets().stream()
                .sorted(Comparator.comparing((TicketSummary t) -> t.status() != TicketStatus.WAITING_FOR_USER)
                        .thenComparing(TicketSummary::createdAt, Comparator.reverseOrder()))
                .toList();
        box.appendElement("p").id("home-open-count").text(getTranslation("home.referent.questions.open", open.size()));
        if (!open.isEmpty()) {
            Element list = box.appendElement("ul").id("home-open-list");
            for (TicketSummary t : open.stream().limit(OPEN_QUESTIONS_SHOWN).toList()) {
                Element item = list.appendElement("li");
                StaticHtml.routerLink(item, HelpdeskRoutes.ticket(t.id()), t.number() + " · " + t.subject());
                Element status = item.appendElement("span").text(" — " + getTranslation("hd.status." + t.status().name()));
                if (t.status() == TicketStatus.WAITING_FOR_USER) {
                    status.addClass("home-waiting");
                }
            }
        }
        Element ask = box.appendElement("p").id("home-questions").text(getTranslation("home.referent.questions.text") + " ");
        StaticHtml.routerLink(ask, ContentRoutes.LIBRARY, getTranslation("home.referent.questions.library"));
        StaticHtml.routerLink(box.appendElement("p"), HelpdeskRoutes.ASK, getTranslation("home.referent.questions.ask"))
                .id("home-ask");
        StaticHtml.routerLink(box.appendElement("p"), HelpdeskRoutes.TICKETS, getTranslation("home.referent.questions.all"))
                .id("home-all-tickets");
        return StaticHtml.of(box);
    }

    /** Where the self-assessment and the path stand. Read-only: one component of markup (issue 14). */
    private StaticHtml.Part status(Optional<it.percorsi.path.NextStep> next, AssessmentService assessments, DateTimes dates) {
        Element box = StaticHtml.root("div").id("home-status").addClass("home-status");
        box.appendElement("h3").text(getTranslation("home.referent.status"));
        Optional<AssessmentResult> latest = assessments.latestResult();
        Element assessment = box.appendElement("p").id("home-assessment");
        if (assessments.hasDraft()) {
            assessment.text(getTranslation("home.referent.assessment.draft") + " ");
            StaticHtml.routerLink(assessment, AssessmentRoutes.ASSESSMENT, getTranslation("home.referent.assessment.continue"));
        } else if (latest.isPresent()) {
            String date = dates.date(latest.get().completedAt(), getLocale());
            assessment.text(getTranslation("home.referent.assessment.done", date) + " ");
            StaticHtml.routerLink(assessment, AssessmentRoutes.results(latest.get().id()),
                    getTranslation("home.referent.assessment.results"));
        } else {
            assessment.text(getTranslation("home.referent.assessment.none") + " ");
            StaticHtml.routerLink(assessment, AssessmentRoutes.ASSESSMENT, getTranslation("home.referent.assessment.start"));
        }
        next.ifPresent(n -> {
            Element progress = box.appendElement("p").id("home-path").text(getTranslation("home.referent.path",
                    n.progressPercent(), n.finishedSteps(), n.totalSteps()) + " ");
            StaticHtml.routerLink(progress, PathRoutes.PATH, getTranslation("home.referent.path.open"));
        });
        return StaticHtml.of(box);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "title.home");
    }
}
