package it.percorsi.assessment;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.ExportedDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The library export writes the questionnaire in use (a portal edit included) instead of the folder's file. */
@Component
class QuestionnaireExport implements ExportedDefinition {

    private final QuestionnaireDefinitions definitions;
    private final ContentLibrary library;

    QuestionnaireExport(QuestionnaireDefinitions definitions, ContentLibrary library) {
        this.definitions = definitions;
        this.library = library;
    }

    @Override
    public String replaces() {
        return QuestionnaireReader.FILE;
    }

    @Override
    public SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        var inUse = definitions.sourceInUse();
        if (inUse.isPresent()) {
            files.put(QuestionnaireReader.FILE, inUse.get());
            return files;
        }
        Path file = library.root().resolve(QuestionnaireReader.FILE);
        if (Files.isRegularFile(file)) {
            try {
                files.put(QuestionnaireReader.FILE, Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
