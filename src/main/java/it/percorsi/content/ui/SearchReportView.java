package it.percorsi.content.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.ui.DateTimes;
import it.percorsi.base.ui.PageTitles;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.FailedSearch;
import it.percorsi.content.SearchService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * For trainers: what people searched and did not find (last 30 days, grouped, most frequent first),
 * so the library can fill the gaps. For ADMINs also the state of the search index and a rebuild
 * with its progress.
 */
@Route(ContentRoutes.SEARCH_INDEX)
@Menu(order = 81, title = "menu.searchReport")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
class SearchReportView extends Div implements HasDynamicTitle {

    static final int DAYS = 30;

    private final SearchService search;
    final Grid<FailedSearch> failed = new Grid<>(FailedSearch.class, false);
    final Paragraph indexState = new Paragraph();
    final Paragraph selfService = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Button rebuild;
    private final boolean admin;
    private com.vaadin.flow.shared.Registration polling;

    final Grid<it.percorsi.content.GuideService.Usefulness> useful = new Grid<>();
    final Paragraph draftsWaiting = new Paragraph();

    static final int STALE_MONTHS = 12;
    final Grid<it.percorsi.content.GuideService.StaleContent> stale = new Grid<>();

    SearchReportView(SearchService search, DateTimes dates, it.percorsi.content.GuideService guides,
                     it.percorsi.content.FaqDraftService drafts, java.time.Clock clock) {
        this.search = search;
        this.admin = search.mayManageIndex();
        addClassName("content-page");
        H2 title = new H2(getTranslation("search.report.title"));
        title.setId("search-report-title");
        add(title, new Paragraph(getTranslation("search.report.intro", DAYS)));
        selfService.setId("answered-without-ticket");
        selfService.setText(getTranslation("search.report.selfService", search.answeredWithoutTicket(DAYS), DAYS));
        add(selfService);

        List<FailedSearch> rows = search.failedSearches(DAYS);
        failed.setId("failed-searches");
        failed.addColumn(FailedSearch::query).setHeader(getTranslation("search.report.query")).setFlexGrow(3);
        failed.addColumn(FailedSearch::count).setHeader(getTranslation("search.report.count")).setFlexGrow(0)
                .setWidth("9rem");
        failed.addColumn(f -> dates.dateTime(f.last(), getLocale())).setHeader(getTranslation("search.report.last"))
                .setFlexGrow(1);
        failed.setItems(rows);
        failed.setAllRowsVisible(true);
        failed.setAriaLabel(getTranslation("search.report.failed"));
        H3 failedTitle = new H3(getTranslation("search.report.failed"));
        Section failedSection = new Section(failedTitle, new Paragraph(getTranslation("search.report.failedHelp")));
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.report.noneFailed"));
            none.setId("failed-none");
            failedSection.add(none);
        } else {
            failedSection.add(failed);
        }
        add(failedSection);

        int waiting = drafts.pending().size();
        draftsWaiting.setId("drafts-waiting");
        draftsWaiting.add(new com.vaadin.flow.component.html.Span(getTranslation("search.report.drafts", waiting) + " "));
        com.vaadin.flow.component.html.Anchor toDrafts = new com.vaadin.flow.component.html.Anchor(ContentRoutes.FAQ_DRAFTS,
                getTranslation("search.report.openDrafts"));
        toDrafts.setId("drafts-link");
        draftsWaiting.add(toDrafts);
        com.vaadin.flow.component.html.Anchor toAuthoring = new com.vaadin.flow.component.html.Anchor(
                ContentRoutes.DRAFTS, getTranslation("authoring.drafts.link"));
        toAuthoring.setId("authoring-link");
        draftsWaiting.add(new com.vaadin.flow.component.html.Span(" · "), toAuthoring);
        add(new Section(new H3(getTranslation("search.report.draftsTitle")), draftsWaiting));

        var ranking = guides.usefulnessRanking();
        useful.setId("usefulness");
        useful.setAriaLabel(getTranslation("search.report.useful"));
        useful.addComponentColumn(u -> new com.vaadin.flow.component.html.Anchor(u.route(),
                it.percorsi.base.ui.ContentText.in(u.title()))).setHeader(getTranslation("search.report.document")).setFlexGrow(3);
        useful.addColumn(u -> getTranslation("search.badge." + u.kind().name())).setHeader(getTranslation("search.kind"))
                .setFlexGrow(0).setWidth("8rem");
        useful.addColumn(u -> getTranslation("search.report.usefulOf", u.useful(), u.answers()))
                .setHeader(getTranslation("search.report.answers")).setFlexGrow(1);
        useful.setItems(ranking);
        useful.setAllRowsVisible(true);
        Section usefulSection = new Section(new H3(getTranslation("search.report.useful")));
        if (ranking.isEmpty()) {
            usefulSection.add(new Paragraph(getTranslation("search.report.noneUseful")));
        } else {
            usefulSection.add(new Paragraph(getTranslation("search.report.usefulHelp")), useful);
        }
        add(usefulSection);

        var old = guides.staleContent(STALE_MONTHS, clock.instant());
        stale.setId("stale-content");
        stale.setAriaLabel(getTranslation("search.report.stale", STALE_MONTHS));
        stale.addComponentColumn(c -> new com.vaadin.flow.component.html.Anchor(c.route(),
                it.percorsi.base.ui.ContentText.in(c.title()))).setHeader(getTranslation("search.report.document")).setFlexGrow(3);
        stale.addColumn(c -> getTranslation("search.badge." + c.kind().name())).setHeader(getTranslation("search.kind"))
                .setFlexGrow(0).setWidth("8rem");
        stale.addColumn(c -> dates.date(c.lastChanged(), getLocale())).setHeader(getTranslation("search.report.lastChanged"))
                .setFlexGrow(1);
        stale.setItems(old);
        stale.setAllRowsVisible(true);
        Section staleSection = new Section(new H3(getTranslation("search.report.stale", STALE_MONTHS)));
        if (old.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.report.noneStale", STALE_MONTHS));
            none.setId("stale-none");
            staleSection.add(none);
        } else {
            staleSection.add(new Paragraph(getTranslation("search.report.staleHelp")), stale);
        }
        add(staleSection);

        rebuild = new Button(getTranslation("search.index.rebuild"), e -> startRebuild());
        rebuild.setId("index-rebuild");
        if (admin) {
            indexState.setId("index-state");
            indexState.getElement().setAttribute("aria-live", "polite");
            progress.setId("index-progress");
            progress.setVisible(false);
            progress.getElement().setAttribute("aria-label", getTranslation("search.index.progress"));
            add(new Section(new H3(getTranslation("search.index.title")), indexState, progress, rebuild));
            refreshIndex();
        }
    }

    void startRebuild() {
        search.rebuildIndex();
        rebuild.setEnabled(false);
        getUI().ifPresent(ui -> ui.setPollInterval(500));
        refreshIndex();
    }

    void refreshIndex() {
        SearchService.IndexStatus status = search.indexStatus();
        if (status.running()) {
            long total = Math.max(status.total(), status.published());
            progress.setVisible(true);
            progress.setIndeterminate(total == 0);
            if (total > 0) {
                progress.setValue(Math.min(1.0, (double) status.done() / total));
            }
            indexState.setText(getTranslation("search.index.running", status.done(), total));
        } else {
            progress.setVisible(false);
            rebuild.setEnabled(true);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            indexState.setText(status.error() != null ? getTranslation("search.index.failed", status.error())
                    : getTranslation(status.indexed() == status.published() ? "search.index.whole" : "search.index.partial",
                            status.indexed(), status.published()));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (admin) {
            polling = event.getUI().addPollListener(e -> refreshIndex());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "search.report.title");
    }
}
