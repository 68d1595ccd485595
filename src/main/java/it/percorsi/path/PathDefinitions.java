package it.percorsi.path;

import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.path.internal.PathLibraryVersion;
import it.percorsi.path.internal.PathLibraryVersionRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The path library in use, read from content/paths at start-up and checked as a whole against the
 * questionnaire's facets. Files with problems are logged with file:line and the last valid library
 * stays in use: the one in memory, or after a restart the last valid sources stored in the
 * database. Shared content, not tenant data: reading it needs no role.
 */
@Component
public class PathDefinitions {

    private static final Logger log = LoggerFactory.getLogger(PathDefinitions.class);

    private final PathLibraryVersionRepository versions;
    private final QuestionnaireDefinitions questionnaire;
    private final Clock clock;
    private final Path contentDir;
    private volatile PathLibrary current;
    private volatile List<ContentProblem> lastProblems = List.of();

    PathDefinitions(PathLibraryVersionRepository versions, QuestionnaireDefinitions questionnaire, Clock clock,
                    @Value("${percorsi.content.dir:content}") Path contentDir) {
        this.versions = versions;
        this.questionnaire = questionnaire;
        this.clock = clock;
        this.contentDir = contentDir;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // after the questionnaire, whose facets the rules use
    void loadAtStartup() {
        if (current == null) {
            reloadFromFolder();
        }
    }

    public PathLibrary current() {
        PathLibrary library = current;
        if (library == null) {
            synchronized (this) {
                if (current == null) {
                    reloadFromFolder();
                }
                library = current;
            }
        }
        if (library == null) {
            throw new IllegalStateException("No valid path library: fix " + contentDir.resolve(PathLibraryReader.FOLDER));
        }
        return library;
    }

    public List<ContentProblem> lastProblems() {
        return lastProblems;
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<ContentProblem> reload() {
        return reloadFromFolder();
    }

    synchronized List<ContentProblem> reloadFromFolder() {
        SortedMap<String, String> files;
        try {
            files = PathLibraryReader.files(contentDir);
        } catch (IOException e) {
            files = new java.util.TreeMap<>();
        }
        PathLibraryReader.Result result = PathLibraryReader.parse(files, catalog());
        lastProblems = result.problems();
        if (result.library().isPresent()) {
            use(result.library().get(), files);
        } else {
            result.problems().forEach(p -> log.warn("Path library not loaded: {}", p));
            if (current == null) {
                fallBackToStoredVersion();
            } else {
                log.warn("The path library in use stays version {}", current.checksum());
            }
        }
        return lastProblems;
    }

    private PathLibraryReader.Catalog catalog() {
        return new PathLibraryReader.Catalog(null, null, null, questionnaire.current().facetCatalog());
    }

    private void use(PathLibrary library, SortedMap<String, String> files) {
        var now = clock.instant();
        versions.findByChecksum(library.checksum()).ifPresentOrElse(v -> {
            v.touch(now);
            versions.save(v);
        }, () -> versions.save(new PathLibraryVersion(library.checksum(), files, now)));
        current = library;
        log.info("Path library version {} loaded: {} templates, {} optional steps", library.checksum(),
                library.templates().size(), library.optionalSteps().size());
    }

    private void fallBackToStoredVersion() {
        versions.findFirstByOrderByLoadedAtDesc()
                .flatMap(v -> PathLibraryReader.parse(v.sources(), catalog()).library())
                .ifPresentOrElse(l -> {
                    current = l;
                    log.warn("Using the last valid path library, version {}, stored in the database", l.checksum());
                }, () -> log.error("No valid path library is available: no path can be recommended"));
    }
}
