package it.percorsi.content.internal;

import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the pictures uploaded in the portal and those of the library's image catalog
 * ({@link ImageCatalog}; an upload wins over a folder picture of the same path, see {@link ContentImages}) under
 * /contenuti/immagini/ to logged-in users (the security filter chain requires authentication for
 * every path not explicitly opened). Only catalogued files are served — raster pictures whose bytes
 * match their name, inside images/ — with the media type found in their bytes: an SVG or HTML file
 * opened directly would run its scripts in the portal's origin.
 */
@RestController
class ContentImageController {

    private final ContentImages images;

    ContentImageController(ContentImages images) {
        this.images = images;
    }

    @GetMapping("/contenuti/immagini/{*path}")
    ResponseEntity<Resource> image(@PathVariable String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!(LinkTarget.ofImage("images/" + relative) instanceof LinkTarget.ContentImage image)) {
            return ResponseEntity.notFound().build();
        }
        return images.serve(image.path())
                .map(found -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(found.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", "inline")
                        .<Resource>body(found.body()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
