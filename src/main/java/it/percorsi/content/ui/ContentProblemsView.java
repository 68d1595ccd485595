package it.percorsi.content.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentExportService;
import it.percorsi.content.ContentProblemsService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.ImportReport;
import jakarta.annotation.security.RolesAllowed;

/** TRAINER / ADMIN: what the last import of content/ found wrong, file by file. */
@Route(ContentRoutes.PROBLEMS)
@Menu(order = 80, title = "menu.contentProblems")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
public class ContentProblemsView extends Div implements HasDynamicTitle {

    final Grid<ContentProblem> grid = new Grid<>(ContentProblem.class, false);
    final Grid<ContentProblem> warnings = new Grid<>(ContentProblem.class, false);
    final Paragraph outcome = new Paragraph();

    final Anchor export;

    public ContentProblemsView(ContentProblemsService problems, ContentExportService exporter, DateTimes dates) {
        addClassName("content-page");
        ImportReport report = problems.lastImport();
        // the zip is built when clicked, with the rights of the logged-in user (checked by the service)
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ContentExportService.Export zip = exporter.exportLibrary();
            return new DownloadResponse(new ByteArrayInputStream(zip.bytes()), zip.fileName(), "application/zip",
                    zip.bytes().length);
        }), getTranslation("content.export.download"));
        export.setId("content-export");
        add(new H2(getTranslation("content.problems.title")), new Paragraph(getTranslation("content.problems.intro")),
                new Paragraph(getTranslation("content.export.intro")), export,
                new Paragraph(getTranslation("content.problems.folder", report.folder())));
        if (report.finishedAt() == null) {
            outcome.setText(getTranslation("content.problems.neverRun"));
            add(outcome);
            return;
        }
        String when = dates.preciseDateTime(report.finishedAt(), getLocale());
        add(new Paragraph(getTranslation("content.problems.when", when)),
                new Paragraph(getTranslation("content.problems.counts", report.created(), report.updated(),
                        report.unchanged(), report.keptPortal(), report.skippedFiles())));
        outcome.setId("problems-outcome");
        if (report.problems().isEmpty()) {
            outcome.setText(getTranslation("content.problems.none"));
            add(outcome);
        } else {
            grid.addColumn(ContentProblem::file).setHeader(getTranslation("content.problems.file")).setAutoWidth(true);
            grid.addColumn(ContentProblem::line).setHeader(getTranslation("content.problems.line")).setAutoWidth(true);
            grid.addColumn(ContentProblem::message).setHeader(getTranslation("content.problems.message"))
                    .setFlexGrow(1);
            grid.setItems(report.problems());
            grid.setAllRowsVisible(true);
            grid.setId("problems-grid");
            add(grid);
        }
        if (!report.warnings().isEmpty()) {
            // missing English translations: the files were imported, the portal shows the Italian text
            for (Grid<ContentProblem> g : List.of(warnings)) {
                g.addColumn(ContentProblem::file).setHeader(getTranslation("content.problems.file")).setAutoWidth(true);
                g.addColumn(ContentProblem::line).setHeader(getTranslation("content.problems.line")).setAutoWidth(true);
                g.addColumn(ContentProblem::message).setHeader(getTranslation("content.problems.message"))
                        .setFlexGrow(1);
            }
            warnings.setItems(report.warnings());
            warnings.setAllRowsVisible(true);
            warnings.setId("warnings-grid");
            add(new H3(getTranslation("content.problems.warnings", report.warnings().size())),
                    new Paragraph(getTranslation("content.problems.warningsIntro")), warnings);
        }
        add(new Paragraph(getTranslation("content.problems.howTo")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "content.problems.title");
    }
}
