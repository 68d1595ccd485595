package it.percorsi.path;

import it.percorsi.base.content.ContentChanged;
import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.LastValidDefinition;
import it.percorsi.path.internal.PathLibraryVersion;
import it.percorsi.path.internal.PathLibraryVersionRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
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
public class PathDefinitions extends LastValidDefinition<PathLibrary, SortedMap<String, String>> {

    private final PathLibraryVersionRepository versions;
    private final QuestionnaireDefinitions questionnaire;
    private final Clock clock;
    private final Path contentDir;

    PathDefinitions(PathLibraryVersionRepository versions, QuestionnaireDefinitions questionnaire, Clock clock,
                    ContentLibrary library) {
        super(ContentChanged.PATH_LIBRARY);
        this.versions = versions;
        this.questionnaire = questionnaire;
        this.clock = clock;
        this.contentDir = library.root();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // after the questionnaire, whose facets the rules use
    void loadAtStartup() {
        if (!isLoaded()) {
            reloadDefinition();
        }
    }

    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<ContentProblem> reload() {
        return reloadDefinition();
    }

    List<ContentProblem> reloadFromFolder() {
        return reloadDefinition();
    }

    @Override
    protected Read<PathLibrary, SortedMap<String, String>> readFolder() {
        SortedMap<String, String> files;
        try {
            files = PathLibraryReader.files(contentDir);
        } catch (IOException e) {
            files = new TreeMap<>();
        }
        PathLibraryReader.Result result = PathLibraryReader.parse(files, catalog());
        return new Read<>(result.library(), files, result.problems());
    }

    private PathLibraryReader.Catalog catalog() {
        return PathLibraryReader.Catalog.of(questionnaire.current(), null, null, null);
    }

    @Override
    protected void remember(PathLibrary library, SortedMap<String, String> files) {
        var now = clock.instant();
        versions.findByChecksum(library.checksum()).ifPresentOrElse(v -> {
            v.touch(now);
            versions.save(v);
        }, () -> versions.save(new PathLibraryVersion(library.checksum(), files, now)));
    }

    @Override
    protected Optional<PathLibrary> lastStored() {
        return versions.findFirstByOrderByLoadedAtDesc()
                .flatMap(v -> PathLibraryReader.parse(v.sources(), catalog()).library());
    }

    @Override
    protected String checksum(PathLibrary library) {
        return library.checksum();
    }

    @Override
    protected String describe(PathLibrary library) {
        return library.templates().size() + " templates, " + library.optionalSteps().size() + " optional steps";
    }

    @Override
    protected String unavailableMessage() {
        return "no path can be recommended; fix " + contentDir.resolve(PathLibraryReader.FOLDER);
    }
}
