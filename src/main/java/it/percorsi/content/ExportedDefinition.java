package it.percorsi.content;

import java.util.SortedMap;

/**
 * A part of the library another module keeps in use and may have changed in the portal (the path
 * library, the questionnaire). The export writes the files given here instead of those of the
 * content folder, so the zip holds the versions in use, portal edits included. Implemented by
 * beans of those modules; the content module never depends on them.
 */
public interface ExportedDefinition {

    /**
     * The file or folder of the content folder these files replace, e.g. "paths" (every file
     * under paths/) or "assessment/questionnaire.yaml".
     */
    String replaces();

    /** The files in use, by path relative to the content root, with their text. */
    SortedMap<String, String> files();
}
