package it.percorsi.path;

import it.percorsi.assessment.ShippedContent;

/** The shipped path library, read with the shipped questionnaire's facets. */
final class ShippedLibrary {

    private ShippedLibrary() {
    }

    static PathLibrary load() {
        var catalog = PathLibraryReader.Catalog.of(ShippedContent.questionnaire(), ShippedContent.guides(),
                ShippedContent.tools(), ShippedContent.faqs());
        var result = PathLibraryReader.read(ShippedContent.ROOT, catalog);
        return result.library().orElseThrow(() -> new AssertionError(result.problems().toString()));
    }
}
