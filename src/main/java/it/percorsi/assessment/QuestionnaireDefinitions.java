package it.percorsi.assessment;

import it.percorsi.assessment.internal.QuestionnaireVersion;
import it.percorsi.assessment.internal.QuestionnaireVersionRepository;
import it.percorsi.base.content.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
public class QuestionnaireDefinitions {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireDefinitions.class);

    private final QuestionnaireVersionRepository versions;
    private final Clock clock;
    private final Path contentDir;
    private volatile Questionnaire current;
    private volatile List<ContentProblem> lastProblems = List.of();

    QuestionnaireDefinitions(QuestionnaireVersionRepository versions, Clock clock,
                             @Value("${percorsi.content.dir:content}") Path contentDir) {
        this.versions = versions;
        this.clock = clock;
        this.contentDir = contentDir;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartup() {
        if (current == null) {
            reloadFromFolder();
        }
    }

    /** The questionnaire in use; fails only when no valid version was ever loaded. */
    public Questionnaire current() {
        Questionnaire q = current;
        if (q == null) {
            synchronized (this) {
                if (current == null) {
                    reloadFromFolder();
                }
                q = current;
            }
        }
        if (q == null) {
            throw new IllegalStateException("No valid questionnaire: fix " + contentDir.resolve(QuestionnaireReader.FILE));
        }
        return q;
    }

    /** Problems found the last time the file was read (empty when it was valid). */
    public List<ContentProblem> lastProblems() {
        return lastProblems;
    }

    /** Re-reads the content folder; trainers and admins call it after editing the file. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<ContentProblem> reload() {
        return reloadFromFolder();
    }

    synchronized List<ContentProblem> reloadFromFolder() {
        Path file = contentDir.resolve(QuestionnaireReader.FILE);
        String text = null;
        QuestionnaireReader.Result result;
        try {
            text = Files.readString(file);
            result = QuestionnaireReader.parse(text, null, null);
        } catch (IOException e) {
            result = new QuestionnaireReader.Result(Optional.empty(),
                    List.of(new ContentProblem(QuestionnaireReader.FILE, 0, "cannot read " + file.toAbsolutePath())));
        }
        lastProblems = result.problems();
        if (result.questionnaire().isPresent()) {
            use(result.questionnaire().get(), text);
        } else {
            result.problems().forEach(p -> log.warn("Questionnaire not loaded: {}", p));
            if (current == null) {
                fallBackToStoredVersion();
            } else {
                log.warn("The questionnaire in use stays version {}", current.checksum());
            }
        }
        return lastProblems;
    }

    private void use(Questionnaire q, String source) {
        var now = clock.instant();
        versions.findByChecksum(q.checksum()).ifPresentOrElse(v -> {
            v.touch(now);
            versions.save(v);
        }, () -> versions.save(new QuestionnaireVersion(q.checksum(), source, now)));
        current = q;
        log.info("Questionnaire version {} loaded: {} sections, {} questions", q.checksum(), q.sections().size(),
                q.questions().size());
    }

    private void fallBackToStoredVersion() {
        versions.findFirstByOrderByLoadedAtDesc()
                .flatMap(v -> QuestionnaireReader.parse(v.getSource(), null, null).questionnaire())
                .ifPresentOrElse(q -> {
                    current = q;
                    log.warn("Using the last valid questionnaire, version {}, stored in the database", q.checksum());
                }, () -> log.error("No valid questionnaire is available: the self-assessment cannot be taken"));
    }
}
