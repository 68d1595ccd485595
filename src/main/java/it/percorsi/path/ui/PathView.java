package it.percorsi.path.ui;

import it.percorsi.path.StepAction;
import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.assessment.AssessmentRoutes;
import it.percorsi.path.PathRoutes;
import it.percorsi.base.ui.ContentText;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import it.percorsi.base.ui.StaticHtml;
import org.jsoup.nodes.Element;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.path.PathChangeEntry;
import it.percorsi.path.PathHistoryPage;
import it.percorsi.path.PathOverview;
import it.percorsi.path.PathService;
import it.percorsi.path.PathStepView;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The administration's recommended path: why this template, overall progress, the steps in
 * order (the current one, or the one in the URL, open) and the history of who changed what.
 * A step id of another administration in the URL is refused.
 */
// a non-numeric or oversized id matches no route: the not-found page, not a parse error
@Route(PathRoutes.STEP_TEMPLATE)
@Menu(order = 30, title = "menu.path")
@RolesAllowed(Role.REFERENT_NAME)
public class PathView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PathService service;
    private final DateTimes dates;
    /** Links other features offer on each step (the help desk's question form). */
    private final List<StepAction> actions;
    final List<StepPanel> steps = new ArrayList<>();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    private Long openStep;
    static final int HISTORY_PAGE = 20;
    final Div historyBox = new Div();
    int historyPage;

    public PathView(PathService service, DateTimes dates, List<StepAction> actions) {
        this.actions = List.copyOf(actions);
        this.service = service;
        this.dates = dates;
        addClassName("path-view");
        progress.getElement().setAttribute("aria-label", getTranslation("path.progress.aria"));
        progressText.setId("path-progress");
        // as wide as the page, so the table scrolls inside its region on a phone instead of widening the page
        historyBox.setWidthFull();
        historyBox.addClassName("path-history-box");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openStep = event.getRouteParameters().getLong("stepId").orElse(null);
        Optional<PathOverview> path;
        try {
            path = service.currentPath();
        } catch (IllegalStateException e) {
            removeAll();
            add(new H2(getTranslation("menu.path")), new Paragraph(getTranslation("path.unavailable")));
            return;
        }
        if (openStep != null && path.map(p -> p.steps().stream().noneMatch(s -> s.id().equals(openStep))
                && p.droppedSteps().stream().noneMatch(s -> s.id().equals(openStep))).orElse(true)) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render(path);
    }

    private void refresh() {
        render(service.currentPath());
    }

    /** A save found the step changed by someone else: show the current state and keep what was typed. */
    private void changedMeanwhile(Long stepId, String typedNotes, String typedSkipReason) {
        refresh();
        steps.stream().filter(p -> p.step().id().equals(stepId)).findFirst()
                .ifPresent(p -> p.showConflict(typedNotes, typedSkipReason));
    }

    /** Re-renders after a change to a step and puts focus back on that step, not on {@code <body>}. */
    private void refreshFocusing(Long stepId) {
        refresh();
        steps.stream().filter(p -> p.step().id().equals(stepId)).findFirst().ifPresent(StepPanel::focusSummary);
    }

    private void render(Optional<PathOverview> path) {
        // keep open the panels the referent opened
        List<Long> opened = steps.stream().filter(StepPanel::isOpened).map(p -> p.step().id()).toList();
        removeAll();
        steps.clear();
        if (path.isEmpty()) {
            H2 title = new H2(getTranslation("menu.path"));
            title.setId("path-title");
            Button start = new Button(getTranslation("path.empty.action"),
                    e -> getUI().ifPresent(ui -> ui.navigate(AssessmentRoutes.ASSESSMENT)));
            start.setId("path-start-assessment");
            add(title, new Paragraph(getTranslation("path.empty")), start);
            return;
        }
        PathOverview p = path.get();
        titleDetail = ContentText.in(p.templateTitle());
        H2 title = ContentText.set(new H2(), p.templateTitle());
        title.setId("path-title");
        Paragraph because = ContentText.fill(new Paragraph(), "path.because", p.templateReason());
        because.setId("path-because");
        because.addClassName("path-because");
        add(title, ContentText.set(new Paragraph(), p.templateSummary()), because);

        long finished = p.steps().stream().filter(s -> s.status().finished()).count();
        progress.setValue(p.progressPercent() / 100.0);
        progressText.setText(getTranslation("path.progress", p.progressPercent(), finished, p.steps().size(),
                dates.hours(p.remainingEffortHours(), getLocale())));
        add(progressText, progress);
        budget(p);

        H3 stepsTitle = new H3(getTranslation("path.steps"));
        stepsTitle.setId("path-steps-title");
        add(stepsTitle);
        Div list = new Div();
        list.addClassName("path-steps");
        for (PathStepView s : p.steps()) {
            boolean open = opened.contains(s.id()) || (openStep != null ? s.id().equals(openStep) : s.current());
            StepPanel panel = new StepPanel(service, dates, actions, s, open, () -> refreshFocusing(s.id()), this::changedMeanwhile);
            steps.add(panel);
            list.add(panel);
        }
        add(list);
        openStep = null;

        if (!p.droppedSteps().isEmpty()) {
            Element items = StaticHtml.root("ul");
            p.droppedSteps().forEach(s -> StaticHtml.fill(items.appendElement("li"), "path.dropped.item", s.title(),
                    getTranslation("path.status." + s.status().name()), dates.date(s.droppedAt(), getLocale())));
            add(readOnlyBox("path-dropped", getTranslation("path.dropped", p.droppedSteps().size()),
                    getTranslation("path.dropped.intro"), items));
        }
        H3 historyTitle = new H3(getTranslation("path.history"));
        historyTitle.setId("path-history-title");
        add(historyTitle, historyBox);
        showHistory(0);
    }

    /** How long the path takes for the time available, and the steps left out with the reason. */
    private void budget(PathOverview p) {
        Integer weeks = p.estimatedWeeks();
        if (weeks != null) {
            String hours = dates.hours(p.hoursPerWeek(), getLocale());
            Paragraph duration = new Paragraph(p.budgetWeeks() == null
                    ? getTranslation("path.duration.noBudget", hours, weeks)
                    : getTranslation("path.duration", hours, weeks, p.budgetWeeks()));
            duration.setId("path-duration");
            add(duration);
            if (p.overBudget()) {
                Paragraph over = new Paragraph(getTranslation("path.duration.over"));
                over.setId("path-over-budget");
                add(over);
            }
        }
        if (!p.leftOut().isEmpty()) {
            Element list = StaticHtml.root("ul");
            p.leftOut().forEach(l -> {
                Element item = list.appendElement("li");
                StaticHtml.text(item, "span", l.title());
                item.appendText(": ");
                StaticHtml.fill(item, "path.leftOut." + l.why(), l.reason());
            });
            add(readOnlyBox("path-left-out", getTranslation("path.leftOut", p.leftOut().size()),
                    getTranslation("path.leftOut.intro"), list));
        }
    }

    /**
     * A closed box with a read-only list (steps left out, steps no longer in the path): the same
     * {@code <vaadin-details>} as before, written as markup, so opening it needs no server (issue 14).
     */
    private static StaticHtml.Part readOnlyBox(String id, String summary, String intro, Element list) {
        Element box = StaticHtml.root("vaadin-details").id(id).addClass("path-box");
        box.appendElement("vaadin-details-summary").attr("slot", "summary").text(summary);
        Element content = box.appendElement("div");
        content.appendElement("p").text(intro);
        content.appendChild(list);
        return StaticHtml.of(box);
    }

    /**
     * The history a page at a time (HISTORY_PAGE rows), with newer / older buttons. The rows are one
     * read-only table in markup (issue 14): a grid cost a round trip after every load to confirm its rows.
     */
    void showHistory(int page) {
        PathHistoryPage data = service.historyPage(page, HISTORY_PAGE);
        historyBox.removeAll();
        Element region = StaticHtml.root("div").id("path-history-region").addClass("path-history-region")
                // a wide table scrolls inside its own focusable region on a phone
                .attr("role", "region").attr("tabindex", "0").attr("aria-labelledby", "path-history-title");
        if (data.entries().isEmpty()) {
            region.appendElement("p").id("path-history-none").text(getTranslation("path.history.none"));
        } else {
            Element table = region.appendElement("table").id("path-history").addClass("path-history");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String column : List.of("when", "who", "step", "what")) {
                head.appendElement("th").attr("scope", "col").text(getTranslation("path.history." + column));
            }
            Element body = table.appendElement("tbody");
            for (PathChangeEntry c : data.entries()) {
                Element row = body.appendElement("tr");
                row.appendElement("td").text(dates.dateTime(c.at(), getLocale()));
                row.appendElement("td").text(c.by() == null ? "" : c.by());
                Element step = row.appendElement("td");
                if (c.stepTitle() != null) {
                    StaticHtml.text(step, "span", c.stepTitle());
                }
                row.appendElement("td").text(describe(c));
            }
        }
        historyPage = data.page();
        Button newer = new Button(getTranslation("path.history.newer"), e -> showHistory(historyPage - 1));
        newer.setId("history-newer");
        newer.setEnabled(data.hasNewer());
        Button older = new Button(getTranslation("path.history.older"), e -> showHistory(historyPage + 1));
        older.setId("history-older");
        older.setEnabled(data.hasOlder());
        Span where = new Span(getTranslation("path.history.page", data.page() + 1));
        where.setId("history-page");
        HorizontalLayout nav = new HorizontalLayout(newer, where, older);
        nav.setAlignItems(HorizontalLayout.Alignment.CENTER);
        nav.setWrap(true);
        historyBox.add(StaticHtml.of(region), nav);
    }

    String describe(PathChangeEntry c) {
        String detail = c.detail() == null ? "" : c.detail();
        if ("STATUS".equals(c.action())) {
            int colon = detail.indexOf(": ");
            String status = colon < 0 ? detail : detail.substring(0, colon);
            detail = getTranslation("path.status." + status) + (colon < 0 ? "" : " (" + detail.substring(colon + 2) + ")");
        }
        return getTranslation("path.change." + c.action(), detail);
    }

    /** Set when the page has loaded its object; the page's kind alone until then. */
    private String titleDetail;

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "title.path", titleDetail);
    }
}
