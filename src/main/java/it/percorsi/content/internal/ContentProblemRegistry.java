package it.percorsi.content.internal;

import it.percorsi.content.ImportReport;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The report of the last import, for the content problems page. Held in memory: every start
 * re-imports. When the start-up import found every file unchanged it did not read them; the
 * report is then made (by validating the folder, without writing anything) the first time the
 * page asks for it.
 */
@Component
public class ContentProblemRegistry {

    private final AtomicReference<Supplier<ImportReport>> last = new AtomicReference<>();

    void record(ImportReport report) {
        last.set(() -> report);
    }

    /** A report made on first request, then kept. */
    void recordLazily(Supplier<ImportReport> report) {
        last.set(new Supplier<>() {
            private ImportReport made;

            @Override
            public synchronized ImportReport get() {
                if (made == null) {
                    made = report.get();
                }
                return made;
            }
        });
    }

    public ImportReport last(java.nio.file.Path folder) {
        Supplier<ImportReport> report = last.get();
        return report == null ? ImportReport.none(folder) : report.get();
    }
}
