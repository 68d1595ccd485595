package it.percorsi.content.internal;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentIndex;
import java.util.List;

/**
 * What a content folder holds: the valid documents, every problem found, the index of slugs, and
 * the warnings (missing English translations) of files that still load.
 */
public record ContentSnapshot(List<DocumentSpec> documents, List<ContentProblem> problems, ContentIndex index,
                              int filesRead, ImageCatalog.Scan images, List<ContentProblem> warnings) {

    public ContentSnapshot {
        documents = List.copyOf(documents);
        problems = problems.stream().sorted().toList();
        warnings = warnings.stream().sorted().toList();
    }
}
