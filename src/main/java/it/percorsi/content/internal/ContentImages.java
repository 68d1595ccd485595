package it.percorsi.content.internal;

import it.percorsi.base.content.ContentLibrary;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The image catalog in use: the pictures of the last library import (scanned once more on first
 * use when the import is switched off). The image controller serves only what is here.
 */
@Component
class ContentImages {

    private final ContentLibrary library;
    private volatile ImageCatalog.Scan current;

    ContentImages(ContentLibrary library) {
        this.library = library;
    }

    void replace(ImageCatalog.Scan scan) {
        current = scan;
    }

    Optional<ImageCatalog.Image> find(String path) {
        ImageCatalog.Scan scan = current;
        if (scan == null) {
            scan = ImageCatalog.scan(library.root());
            current = scan;
        }
        return Optional.ofNullable(scan.images().get(path));
    }

    /** The file of a catalogued picture. */
    Path file(ImageCatalog.Image image) {
        return library.root().resolve("images").resolve(image.path());
    }
}
