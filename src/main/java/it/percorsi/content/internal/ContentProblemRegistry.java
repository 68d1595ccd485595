package it.percorsi.content.internal;

import it.percorsi.content.ImportReport;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** The report of the last import, for the content problems page. Held in memory: every start re-imports. */
@Component
public class ContentProblemRegistry {

    private final AtomicReference<ImportReport> last = new AtomicReference<>();

    void record(ImportReport report) {
        last.set(report);
    }

    public ImportReport last(java.nio.file.Path folder) {
        ImportReport report = last.get();
        return report == null ? ImportReport.none(folder) : report;
    }
}
