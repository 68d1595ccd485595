package it.percorsi.content.internal;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentIndex;
import java.util.List;

/** What a content folder holds: the valid documents, every problem found, and the index of slugs. */
public record ContentSnapshot(List<DocumentSpec> documents, List<ContentProblem> problems, ContentIndex index,
                              int filesRead, ImageCatalog.Scan images) {

    public ContentSnapshot {
        documents = List.copyOf(documents);
        problems = problems.stream().sorted().toList();
    }
}
