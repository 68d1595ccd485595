package it.percorsi.content;

import it.percorsi.content.internal.ContentProblemRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The problems found by the last import of content/, for trainers and administrators. */
@Service
public class ContentProblemsService {

    private final ContentProblemRegistry registry;
    private final ContentProperties properties;

    ContentProblemsService(ContentProblemRegistry registry, ContentProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public ImportReport lastImport() {
        return registry.last(properties.dir());
    }
}
