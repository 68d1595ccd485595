package it.percorsi.home.ui;

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


    public ReferentHomeView(CurrentUserProvider currentUser, PathService paths, AssessmentService assessments,
                             DateTimes dates) {
        super(currentUser, "referent");
        add(new NextStepCard(paths.nextStep()));
        add(status(paths, assessments, dates));
        H3 questions = new H3(getTranslation("home.referent.questions"));
        Paragraph ask = new Paragraph(getTranslation("home.referent.questions.text") + " ");
        ask.add(new Anchor(ContentRoutes.LIBRARY, getTranslation("home.referent.questions.library")));
        ask.setId("home-questions");
        add(questions, ask);
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
