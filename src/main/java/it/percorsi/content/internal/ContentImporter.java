package it.percorsi.content.internal;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentCheck;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentProperties;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.ImportReport;
import it.percorsi.content.MarkdownRenderer;
import it.percorsi.content.RenderOptions;
import it.percorsi.content.RevisionSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports content/ into the database at start-up. Idempotent: a file whose bytes match the
 * last revision imported from it changes nothing. A changed file becomes a new FILE revision,
 * unless the current revision was made in the portal after the file was last modified: portal
 * work is never overwritten. Invalid files are skipped and reported; nothing in the database is
 * deleted, not even documents whose file has gone. Each file is imported in its own transaction
 * so one failure cannot undo the others.
 */
@Component
@Order(20)
public class ContentImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentImporter.class);

    enum Outcome { CREATED, UPDATED, UNCHANGED, KEPT_PORTAL }

    private final ContentProperties properties;
    private final ContentLibrary library;
    private final ContentDocumentRepository documents;
    private final ContentRevisionRepository revisions;
    private final ContentProblemRegistry registry;
    private final MarkdownRenderer renderer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ContentImages images;
    private final RevisionWriter writer;
    private final List<ContentCheck> checks = ContentChecks.discover();
    private volatile boolean afterReady;
    private volatile boolean closing;
    /** The thread of the import after readiness, once started (tests). */
    volatile Thread background;
    private final java.util.concurrent.CountDownLatch backgroundDone = new java.util.concurrent.CountDownLatch(1);

    ContentImporter(ContentProperties properties, ContentLibrary library, ContentDocumentRepository documents,
                    ContentRevisionRepository revisions, ContentProblemRegistry registry, MarkdownRenderer renderer,
                    PlatformTransactionManager transactionManager, Clock clock, ContentImages images,
                    RevisionWriter writer) {
        this.images = images;
        this.writer = writer;
        this.properties = properties;
        this.library = library;
        this.documents = documents;
        this.revisions = revisions;
        this.registry = registry;
        this.renderer = renderer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importOnStartup() && properties.importAfterReady() && documents.count() > 0) {
            // a restart: the database already publishes a library, pages can show it at once
            afterReady = true;
            return;
        }
        try {
            if (properties.importOnStartup()) {
                importIfChanged(library.root());
            }
        } finally {
            backgroundDone.countDown(); // nothing left for after readiness
        }
    }

    /**
     * The start-up import of a restart, once the portal is ready: on its own thread, so readiness
     * (health UP) never waits for the checksums, and an import of changed files does not either.
     * Until it ends, pages show the library the database holds, as they did before the restart.
     */
    @EventListener(ApplicationReadyEvent.class)
    void importAfterReady() {
        if (!afterReady) {
            return;
        }
        afterReady = false;
        background = Thread.ofPlatform().name("content-import").daemon().start(() -> {
            try {
                importIfChanged(library.root());
            } catch (RuntimeException e) {
                if (closing) { // stopped right after start: the database went away under the import
                    log.info("Content import after start-up stopped by the shutdown; it runs again at the next start");
                } else {
                    log.error("Content import after start-up failed; the library in the database is unchanged", e);
                }
            } finally {
                backgroundDone.countDown();
            }
        });
    }

    @EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    /** Waits for the start-up import to end, when it runs after readiness; true at once when it ran before. */
    public boolean awaitImportAfterReady(java.time.Duration timeout) throws InterruptedException {
        return backgroundDone.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * The start-up import. Checksums first: when every markdown file of the folder has the bytes of
     * the last revision imported from a file of its kind, nothing is parsed, validated or rendered
     * (a restart with the same library costs a hash of each file, a few milliseconds); the report
     * for the content problems page is then made on first request. Anything else, including a file
     * never imported (new, or invalid last time), is a full {@link #importFrom(Path) import}.
     * Returns the report, or null when the library was unchanged.
     */
    public ImportReport importIfChanged(Path root) {
        long started = System.nanoTime();
        Integer unchanged = unchangedFiles(root);
        if (unchanged == null) {
            return importFrom(root);
        }
        if (root.equals(library.root())) {
            ImageCatalog.Scan scan = ImageCatalog.scan(root);
            if (!scan.problems().isEmpty()) {
                return importFrom(root); // report the image problems as the full import does
            }
            images.replace(scan);
        }
        registry.recordLazily(() -> validateOnly(root));
        log.info("Content import from {}: {} files unchanged (checksums match the database), nothing parsed ({} ms)",
                root, unchanged, (System.nanoTime() - started) / 1_000_000);
        return null;
    }

    /**
     * The number of markdown files when each one's SHA-256 is the checksum of the last FILE revision
     * of a document of its kind (the bytes hold the front matter, so the same bytes are the same
     * slug); null when one differs, is new, is not markdown or cannot be read.
     */
    private Integer unchangedFiles(Path root) {
        if (!java.nio.file.Files.isDirectory(root)) {
            return null;
        }
        Set<String> known = new java.util.HashSet<>();
        lastFileChecksums().forEach((key, checksum) -> known.add(key.substring(0, key.indexOf('/')) + "/" + checksum));
        int files = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (ContentKind kind : ContentKind.values()) {
            Path dir = root.resolve(kind.folder());
            if (!java.nio.file.Files.isDirectory(dir)) {
                continue;
            }
            try (var list = java.nio.file.Files.list(dir)) {
                for (Path path : (Iterable<Path>) list::iterator) {
                    String name = path.getFileName().toString();
                    if (name.startsWith(".") || java.nio.file.Files.isDirectory(path)) {
                        continue;
                    }
                    String key = kind + "/" + it.percorsi.base.content.Checksums.sha256(java.nio.file.Files.readAllBytes(path));
                    if (!name.endsWith(".md") || !known.contains(key) || !seen.add(key)) {
                        return null;
                    }
                    files++;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                return null;
            }
        }
        return files;
    }

    /** The report of an import of an unchanged folder: its problems and warnings, nothing written. */
    private ImportReport validateOnly(Path root) {
        ContentSnapshot snapshot = ContentReader.read(root);
        List<ContentProblem> problems = new ArrayList<>(snapshot.problems());
        List<ContentProblem> warnings = new ArrayList<>(snapshot.warnings());
        if (snapshot.problems().stream().noneMatch(p -> p.file().equals("."))) {
            problems.addAll(ContentChecks.run(checks, root, snapshot.index()));
            warnings.addAll(ContentChecks.warnings(checks, root, snapshot.index()));
        }
        Set<String> skipped = new TreeSet<>();
        snapshot.problems().forEach(p -> skipped.add(p.file()));
        return new ImportReport(root, clock.instant(), 0, 0, snapshot.documents().size(), 0, skipped.size(),
                problems, warnings);
    }

    public ImportReport importFrom(Path root) {
        long started = System.nanoTime();
        ContentSnapshot snapshot = ContentReader.read(root);
        if (root.equals(library.root())) {
            images.replace(snapshot.images());
        }
        List<ContentProblem> problems = new ArrayList<>(snapshot.problems());
        List<ContentProblem> warnings = new ArrayList<>(snapshot.warnings());
        if (snapshot.problems().stream().noneMatch(p -> p.file().equals("."))) {
            problems.addAll(ContentChecks.run(checks, root, snapshot.index()));
            warnings.addAll(ContentChecks.warnings(checks, root, snapshot.index()));
        }
        Set<String> skipped = new TreeSet<>();
        snapshot.problems().forEach(p -> skipped.add(p.file()));
        int[] counts = new int[Outcome.values().length];
        Map<String, String> lastFileChecksums = lastFileChecksums();
        for (DocumentSpec spec : snapshot.documents()) {
            if (spec.checksum().equals(lastFileChecksums.get(spec.kind() + "/" + spec.slug()))) {
                // Same bytes as the last import from this file: nothing to do, not even a transaction.
                counts[Outcome.UNCHANGED.ordinal()]++;
                continue;
            }
            try {
                Outcome outcome = transactions.execute(s -> importOne(spec));
                counts[outcome.ordinal()]++;
                if (outcome == Outcome.KEPT_PORTAL) {
                    log.info("{}: kept the portal revision of '{}', newer than the file", spec.file(), spec.slug());
                }
            } catch (RuntimeException e) {
                problems.add(new ContentProblem(spec.file(), 0, "could not be imported: " + e.getMessage()));
                skipped.add(spec.file());
            }
        }
        ImportReport report = new ImportReport(root, clock.instant(), counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.KEPT_PORTAL.ordinal()], skipped.size(), problems, warnings);
        for (ContentProblem problem : report.problems()) {
            log.warn("Content problem (file skipped): {}", problem);
        }
        for (ContentProblem warning : report.warnings()) {
            log.info("Content warning (file imported): {}", warning);
        }
        log.info("{} ({} ms)", report.summary(), (System.nanoTime() - started) / 1_000_000);
        registry.record(report);
        return report;
    }

    private Map<String, String> lastFileChecksums() {
        Map<String, ContentRevisionRepository.Fingerprint> latest = new HashMap<>();
        for (var f : revisions.fingerprints(RevisionSource.FILE)) {
            latest.merge(f.kind() + "/" + f.slug(), f, (a, b) -> a.revisionNo() >= b.revisionNo() ? a : b);
        }
        Map<String, String> checksums = new HashMap<>();
        latest.forEach((key, f) -> checksums.put(key, f.checksum()));
        return checksums;
    }

    private Outcome importOne(DocumentSpec spec) {
        ContentDocument document = documents.findByKindAndSlug(spec.kind(), spec.slug()).orElse(null);
        if (document == null) {
            document = documents.save(new ContentDocument(spec.kind(), spec.slug(), clock.instant()));
            addFileRevision(document, spec);
            return Outcome.CREATED;
        }
        var lastFromFile = revisions.findFirstByDocumentAndSourceOrderByRevisionNoDesc(document, RevisionSource.FILE);
        if (lastFromFile.isPresent() && lastFromFile.get().getChecksum().equals(spec.checksum())) {
            return Outcome.UNCHANGED;
        }
        ContentRevision current = document.getCurrent();
        if (current != null && current.getSource() == RevisionSource.PORTAL
                && current.getCreatedAt().isAfter(spec.fileModifiedAt())) {
            return Outcome.KEPT_PORTAL;
        }
        addFileRevision(document, spec);
        return Outcome.UPDATED;
    }

    private void addFileRevision(ContentDocument document, DocumentSpec spec) {
        writer.makeCurrent(document, spec, RevisionSource.FILE, readingMinutes(spec), null);
    }

    int readingMinutes(DocumentSpec spec) {
        String route = spec.kind() == ContentKind.TOOL ? ContentRoutes.tool(spec.slug()) : ContentRoutes.guide(spec.slug());
        return renderer.render(spec.body(), RenderOptions.page(route)).readingMinutes();
    }
}
