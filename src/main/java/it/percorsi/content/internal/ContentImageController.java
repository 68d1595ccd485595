package it.percorsi.content.internal;

import it.percorsi.base.content.ContentLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the images of content/images under /contenuti/immagini/ to logged-in users (the
 * security filter chain requires authentication for every path not explicitly opened). Only
 * raster formats: an SVG opened directly would run its scripts in the portal's origin. Paths
 * are checked twice: by pattern (no "..", no hidden files) and by resolving real paths.
 */
@RestController
class ContentImageController {

    private final ContentLibrary library;

    ContentImageController(ContentLibrary library) {
        this.library = library;
    }

    @GetMapping("/contenuti/immagini/{*path}")
    ResponseEntity<Resource> image(@PathVariable String path) throws IOException {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!(LinkTarget.ofImage("images/" + relative) instanceof LinkTarget.ContentImage image)) {
            return ResponseEntity.notFound().build();
        }
        Path folder = library.root().resolve("images").toAbsolutePath().normalize();
        Path file = folder.resolve(image.path()).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)
                || !file.toRealPath().startsWith(folder.toRealPath())) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(mediaType(image.path()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }

    private static MediaType mediaType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".png")) {
            return MediaType.IMAGE_PNG;
        }
        if (p.endsWith(".gif")) {
            return MediaType.IMAGE_GIF;
        }
        if (p.endsWith(".webp")) {
            return MediaType.parseMediaType("image/webp");
        }
        return MediaType.IMAGE_JPEG;
    }
}
