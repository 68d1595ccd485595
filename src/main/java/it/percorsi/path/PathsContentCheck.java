package it.percorsi.path;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentCheck;
import it.percorsi.content.ContentIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugs the path check into the content validator and start-up import (listed in
 * META-INF/services/it.percorsi.content.ContentCheck). Silent for a content folder without a
 * paths/ folder.
 */
public class PathsContentCheck implements ContentCheck {

    @Override
    public String name() {
        return "paths";
    }

    @Override
    public List<ContentProblem> check(Path contentRoot, ContentIndex index) {
        if (!Files.isDirectory(contentRoot.resolve(PathLibraryReader.FOLDER))) {
            return List.of();
        }
        return new PathValidator().validate(contentRoot, index.guideSlugs(), index.toolSlugs(), index.faqSlugs());
    }

    @Override
    public List<ContentProblem> warnings(Path contentRoot, ContentIndex index) {
        if (!Files.isDirectory(contentRoot.resolve(PathLibraryReader.FOLDER))) {
            return List.of();
        }
        return PathLibraryReader.read(contentRoot, PathLibraryReader.Catalog.of(null, null, null, null)).warnings();
    }
}
