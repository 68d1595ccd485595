package it.percorsi.content;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.internal.ContentProblemRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The problems found by the last import of content/, for trainers and administrators. */
@Service
public class ContentProblemsService {

    private final ContentProblemRegistry registry;
    private final ContentLibrary library;

    ContentProblemsService(ContentProblemRegistry registry, ContentLibrary library) {
        this.registry = registry;
        this.library = library;
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public ImportReport lastImport() {
        return registry.last(library.root());
    }
}
