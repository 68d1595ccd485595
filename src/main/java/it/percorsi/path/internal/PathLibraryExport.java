package it.percorsi.path.internal;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.ExportedDefinition;
import it.percorsi.path.PathDefinitions;
import it.percorsi.path.PathLibraryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import org.springframework.stereotype.Component;

/** The library export writes the path files in use (portal edits included) instead of the folder's. */
@Component
class PathLibraryExport implements ExportedDefinition {

    private final PathDefinitions definitions;
    private final ContentLibrary library;

    PathLibraryExport(PathDefinitions definitions, ContentLibrary library) {
        this.definitions = definitions;
        this.library = library;
    }

    @Override
    public String replaces() {
        return PathLibraryReader.FOLDER;
    }

    @Override
    public SortedMap<String, String> files() {
        SortedMap<String, String> inUse = definitions.sourcesInUse();
        if (!inUse.isEmpty()) {
            return inUse;
        }
        try {
            return PathLibraryReader.files(library.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
