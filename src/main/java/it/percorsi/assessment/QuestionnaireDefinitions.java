package it.percorsi.assessment;

import it.percorsi.base.content.ContentChanged;
import it.percorsi.assessment.internal.QuestionnaireVersion;
import it.percorsi.assessment.internal.QuestionnaireVersionRepository;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.LastValidDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The questionnaire in use. Read from content/assessment/questionnaire.yaml at start-up; a file
 * with problems is logged with file:line and the last valid version stays in use: the one in
 * memory, or after a restart the last valid source stored in the database. The definition is
 * shared content, not tenant data, so reading it needs no role.
 */
@Component
public class QuestionnaireDefinitions extends LastValidDefinition<Questionnaire, String> {

    private final QuestionnaireVersionRepository versions;
    private final Clock clock;
    private final Path contentDir;

    QuestionnaireDefinitions(QuestionnaireVersionRepository versions, Clock clock,
                             ContentLibrary library) {
        super(ContentChanged.QUESTIONNAIRE);
        this.versions = versions;
        this.clock = clock;
        this.contentDir = library.root();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartup() {
        if (!isLoaded()) {
            reloadDefinition();
        }
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
