package it.percorsi.assessment;

import it.percorsi.base.content.ContentChanged;
import it.percorsi.assessment.internal.QuestionnaireVersion;
import it.percorsi.assessment.internal.QuestionnaireVersionRepository;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.DefinitionInUse;
import it.percorsi.base.content.DefinitionInUseRepository;
import it.percorsi.base.content.LastValidDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire in use. Read from content/assessment/questionnaire.yaml at start-up; a file
 * with problems is logged with file:line and the last valid version stays in use: the one in
 * memory, or after a restart the last valid source stored in the database. Trainers may also
 * publish a version edited in the portal ({@link #publish}); that version stays in use after a
 * restart even if the folder differs (see {@link LastValidDefinition#loadAtStartupKeepingPortalEdits}).
 * The definition is shared content, not tenant data, so reading it needs no role.
 */
@Component
public class QuestionnaireDefinitions extends LastValidDefinition<Questionnaire, String> {

    private final QuestionnaireVersionRepository versions;
    private final Clock clock;
    private final Path contentDir;
    private final DefinitionInUseRepository inUse;

    /** Without a record of the version in use (tests of the folder fallback). */
    QuestionnaireDefinitions(QuestionnaireVersionRepository versions, Clock clock,
                             ContentLibrary library) {
        this(versions, clock, library, null);
    }

    @Autowired
    QuestionnaireDefinitions(QuestionnaireVersionRepository versions, Clock clock,
                             ContentLibrary library, DefinitionInUseRepository inUse) {
        super(ContentChanged.QUESTIONNAIRE);
        this.versions = versions;
        this.clock = clock;
        this.contentDir = library.root();
        this.inUse = inUse;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartup() {
        if (!isLoaded()) {
            loadAtStartupKeepingPortalEdits();
        }
    }

    /**
     * Publishes a questionnaire edited in the portal: validated by the caller with the content
     * folder's validator, stored as a new version and in use at once, and after a restart.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    @Transactional
    public Questionnaire publish(String source, String publishedBy) {
        Questionnaire q = QuestionnaireReader.parse(source, null, null).questionnaire()
                .orElseThrow(() -> new IllegalArgumentException("the questionnaire is not valid"));
        storeVersion(q, source);
        if (inUse != null) {
            inUse.record(ContentChanged.QUESTIONNAIRE, q.checksum(), DefinitionInUse.Origin.PORTAL, clock.instant(),
                    publishedBy);
        }
        usePublished(q);
        return q;
    }

    /** The source of the version in use (as stored when it was loaded or published). */
    public Optional<String> sourceInUse() {
        try {
            return versions.findByChecksum(current().checksum()).map(QuestionnaireVersion::getSource);
        } catch (IllegalStateException e) {
            return Optional.empty(); // no valid version at all
        }
    }

    @Override
    protected Optional<Questionnaire> portalVersionInUse() {
        if (inUse == null) {
            return Optional.empty();
        }
        return inUse.portalVersionInUse(ContentChanged.QUESTIONNAIRE)
                .flatMap(d -> versions.findByChecksum(d.getChecksum()))
                .flatMap(v -> QuestionnaireReader.parse(v.getSource(), null, null).questionnaire());
    }

    /** Re-reads the content folder; trainers and admins call it after editing the file. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<ContentProblem> reload() {
        return reloadDefinition();
    }

    List<ContentProblem> reloadFromFolder() {
        return reloadDefinition();
    }

    @Override
    protected Read<Questionnaire, String> readFolder() {
        Path file = contentDir.resolve(QuestionnaireReader.FILE);
        try {
            String text = Files.readString(file);
            QuestionnaireReader.Result result = QuestionnaireReader.parse(text, null, null);
            return new Read<>(result.questionnaire(), text, result.problems());
        } catch (IOException e) {
            return new Read<>(Optional.empty(), null,
                    List.of(new ContentProblem(QuestionnaireReader.FILE, 0, "cannot read " + file.toAbsolutePath())));
        }
    }

    @Override
    protected void remember(Questionnaire q, String source) {
        storeVersion(q, source);
        if (inUse != null) {
            inUse.record(ContentChanged.QUESTIONNAIRE, q.checksum(), DefinitionInUse.Origin.FOLDER, clock.instant(), null);
        }
    }

    private void storeVersion(Questionnaire q, String source) {
        var now = clock.instant();
        versions.findByChecksum(q.checksum()).ifPresentOrElse(v -> {
            v.touch(now);
            versions.save(v);
        }, () -> versions.save(new QuestionnaireVersion(q.checksum(), source, now)));
    }

    @Override
    protected Optional<Questionnaire> lastStored() {
        return versions.findFirstByOrderByLoadedAtDesc()
                .flatMap(v -> QuestionnaireReader.parse(v.getSource(), null, null).questionnaire());
    }

    @Override
    protected String checksum(Questionnaire q) {
        return q.checksum();
    }

    @Override
    protected String describe(Questionnaire q) {
        return q.sections().size() + " sections, " + q.questions().size() + " questions";
    }

    @Override
    protected String unavailableMessage() {
        return "the self-assessment cannot be taken; fix " + contentDir.resolve(QuestionnaireReader.FILE);
    }
}
