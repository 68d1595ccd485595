package it.percorsi.path;

import it.percorsi.base.content.ContentChanged;
import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.DefinitionInUse;
import it.percorsi.base.content.DefinitionInUseRepository;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
    private final DefinitionInUseRepository inUse;

    /** Without a record of the version in use (tests of the folder fallback). */
    PathDefinitions(PathLibraryVersionRepository versions, QuestionnaireDefinitions questionnaire, Clock clock,
                    ContentLibrary library) {
        this(versions, questionnaire, clock, library, null);
    }

    @Autowired
    PathDefinitions(PathLibraryVersionRepository versions, QuestionnaireDefinitions questionnaire, Clock clock,
                    ContentLibrary library, DefinitionInUseRepository inUse) {
        super(ContentChanged.PATH_LIBRARY);
        this.versions = versions;
        this.questionnaire = questionnaire;
        this.clock = clock;
        this.contentDir = library.root();
        this.inUse = inUse;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // after the questionnaire, whose facets the rules use
    void loadAtStartup() {
        if (!isLoaded()) {
            loadAtStartupKeepingPortalEdits();
        }
    }

    /**
     * Publishes path files edited in the portal: the whole library's sources (validated by the
     * caller with the content folder's validator), stored as a new version and in use at once,
     * and after a restart.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public PathLibrary publish(SortedMap<String, String> sources, String publishedBy) {
        PathLibrary library = PathLibraryReader.parse(sources, catalog()).library()
                .orElseThrow(() -> new IllegalArgumentException("the path library is not valid"));
        storeVersion(library, sources);
        if (inUse != null) {
            inUse.record(ContentChanged.PATH_LIBRARY, library.checksum(), DefinitionInUse.Origin.PORTAL,
                    clock.instant(), publishedBy);
        }
        usePublished(library);
        return library;
    }

    /** The sources of the library in use, by path relative to the content root (paths/x.yaml). */
    public SortedMap<String, String> sourcesInUse() {
        try {
            return versions.findByChecksum(current().checksum()).map(PathLibraryVersion::sources)
                    .orElseGet(TreeMap::new);
        } catch (IllegalStateException e) {
            return new TreeMap<>(); // no valid version at all
        }
    }

    @Override
    protected Optional<PathLibrary> portalVersionInUse() {
        if (inUse == null) {
            return Optional.empty();
        }
        return inUse.portalVersionInUse(ContentChanged.PATH_LIBRARY)
                .flatMap(d -> versions.findByChecksum(d.getChecksum()))
                .flatMap(v -> PathLibraryReader.parse(v.sources(), catalog()).library());
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
        storeVersion(library, files);
        if (inUse != null) {
            inUse.record(ContentChanged.PATH_LIBRARY, library.checksum(), DefinitionInUse.Origin.FOLDER,
                    clock.instant(), null);
        }
    }

    private void storeVersion(PathLibrary library, SortedMap<String, String> files) {
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
