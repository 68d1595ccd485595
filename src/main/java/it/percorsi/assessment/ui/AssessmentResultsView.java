package it.percorsi.assessment.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.path.PathRoutes;
import it.percorsi.assessment.AssessmentRoutes;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import it.percorsi.account.Role;
import it.percorsi.assessment.AssessmentResult;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentSummary;
import it.percorsi.assessment.Facets;
import it.percorsi.assessment.Questionnaire;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The results of a self-assessment: the profile in words, the radar chart of the maturity scores
 * with the previous assessment overlaid (and the same numbers as a table), and the history.
 * Without an id, the latest assessment; an id of another administration is refused.
 */
// a non-numeric or oversized id matches no route: the not-found page, not a parse error
@Route(AssessmentRoutes.RESULTS_TEMPLATE)
@RolesAllowed(Role.REFERENT_NAME)
public class AssessmentResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The path page, in the path module (which depends on this one, so no class reference here). */

    private final AssessmentService service;
    private final DateTimes dates;
    RadarChart chart;
    Grid<ScoreRow> scores;
    Grid<AssessmentSummary> history;

    record ScoreRow(String dimension, int score, Integer previous) {
    }

    public AssessmentResultsView(AssessmentService service, DateTimes dates) {
        this.service = service;
        this.dates = dates;
        addClassName("assessment-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong("id");
        Optional<AssessmentResult> result;
        try {
            result = id.isPresent() ? Optional.of(service.result(id.get())) : service.latestResult();
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (result.isEmpty()) {
            H2 title = new H2(getTranslation("assessment.results.title"));
            title.setId("results-title");
            Button start = new Button(getTranslation("assessment.results.start"),
                    e -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class)));
            start.setId("results-start");
            add(title, new Paragraph(getTranslation("assessment.results.empty")), start);
            return;
        }
        show(result.get(), service.questionnaire());
    }

    private void show(AssessmentResult r, Questionnaire q) {
        scores = new Grid<>(ScoreRow.class, false);
        history = new Grid<>(AssessmentSummary.class, false);
        H2 title = new H2(getTranslation("assessment.results.title"));
        title.setId("results-title");
        String level = ContentText.in(q.valueLabel(Facets.EXPERIENCE, r.profile().experience().name()));
        Paragraph headline = new Paragraph(getTranslation("assessment.results.headline", level));
        headline.setId("results-headline");
        headline.addClassName("results-headline");
        titleDetail = dates.date(r.completedAt(), getLocale());
        add(title, new Paragraph(getTranslation("assessment.results.meta", dates.dateTime(r.completedAt(), getLocale()),
                r.completedBy())), headline);

        add(new H3(getTranslation("assessment.results.facets")));
        UnorderedList facets = new UnorderedList();
        facets.setId("results-facets");
        for (Questionnaire.Facet f : q.facets()) {
            List<String> values = r.profile().values(f.id());
            String text = values.isEmpty() ? getTranslation("assessment.results.none")
                    : String.join(", ", values.stream().map(v -> ContentText.in(q.valueLabel(f.id(), v))).toList());
            ListItem item = new ListItem(ContentText.in(f.label()) + ": " + text);
            ContentText.mark(item, f.label());
            facets.add(item);
        }
        add(facets);

        add(new H3(getTranslation("assessment.results.scores")));
        String previousName = r.previousCompletedAt() == null ? null
                : getTranslation("assessment.results.previous", dates.date(r.previousCompletedAt(), getLocale()));
        chart = new RadarChart(RadarChart.axes(q.dimensions(), r.profile().scores(), r.previousScores()),
                getTranslation("assessment.results.current"), previousName);
        chart.getElement().setAttribute("aria-label", getTranslation("assessment.results.chart"));
        add(chart);

        scores.addColumn(ScoreRow::dimension).setHeader(getTranslation("assessment.results.dimension")).setAutoWidth(true);
        scores.addColumn(ScoreRow::score).setHeader(getTranslation("assessment.results.score"));
        if (r.previousScores() != null) {
            scores.addColumn(ScoreRow::previous).setHeader(getTranslation("assessment.results.previousScore"));
        }
        scores.setItems(q.dimensions().stream().map(d -> new ScoreRow(ContentText.in(d.label()), r.profile().score(d.id()),
                r.previousScores() == null ? null : r.previousScores().get(d.id()))).toList());
        scores.setAllRowsVisible(true);
        scores.setId("results-scores");
        add(scores);

        Anchor toPath = new Anchor(PathRoutes.PATH, getTranslation("assessment.results.toPath"));
        toPath.setId("results-to-path");
        toPath.addClassNames("results-to-path", "button-link", "button-link-primary");
        Button retake = new Button(getTranslation("assessment.results.retake"),
                e -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class,
                        com.vaadin.flow.router.QueryParameters.of(AssessmentView.RETAKE, "1"))));
        retake.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        retake.setId("results-retake");
        HorizontalLayout actions = new HorizontalLayout(toPath, retake);
        actions.setAlignItems(Alignment.CENTER);
        add(actions);

        add(new H3(getTranslation("assessment.results.history")));
        history.addColumn(s -> dates.dateTime(s.completedAt(), getLocale())).setHeader(getTranslation("assessment.results.history.date"));
        history.addColumn(AssessmentSummary::completedBy).setHeader(getTranslation("assessment.results.history.by"));
        history.addColumn(s -> getTranslation("experience." + s.experience().name()))
                .setHeader(getTranslation("assessment.results.history.level"));
        history.addColumn(s -> s.rescoredAt() == null ? "" : getTranslation("assessment.results.history.rescored",
                        dates.date(s.rescoredAt(), getLocale()), s.experienceBefore() == null ? ""
                                : getTranslation("experience." + s.experienceBefore().name())))
                .setHeader(getTranslation("assessment.results.history.note"));
        history.addComponentColumn(s -> {
            Button open = new Button(getTranslation("assessment.results.history.open"), e -> getUI().ifPresent(ui ->
                    ui.navigate(AssessmentResultsView.class, new RouteParameters("id", String.valueOf(s.id())))));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setEnabled(!s.id().equals(r.id()));
            return open;
        }).setHeader(getTranslation("assessment.results.history.details"));
        history.setItems(service.history());
        history.setAllRowsVisible(true);
        history.setId("results-history");
        add(history);
    }

    /** Set when the page has loaded its object; the page's kind alone until then. */
    private String titleDetail;

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "assessment.results.title", titleDetail);
    }
}
