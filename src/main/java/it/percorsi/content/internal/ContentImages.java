package it.percorsi.content.internal;

import it.percorsi.base.content.ContentLibrary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The pictures the portal serves: those uploaded in the portal (stored in the database) and the
 * image catalog of the last library import (scanned once more on first use when the import is
 * switched off). The image controller serves only what is here.
 *
 * <p>Precedence: a picture uploaded in the portal wins over a file of content/images with the same
 * path (the upload is the newer, deliberate choice of a trainer; the export writes the upload, so
 * once the export is committed both are the same bytes). Uploads are refused for a path the folder
 * already has, so the two differ only when the folder gains a same-named file later.
 */
@Component
public class ContentImages {

    private final ContentLibrary library;
    private final UploadedImageRepository uploads;
    private volatile ImageCatalog.Scan current;

    /** Only the folder's pictures (tests of the folder catalog). */
    ContentImages(ContentLibrary library) {
        this(library, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ContentImages(ContentLibrary library, UploadedImageRepository uploads) {
        this.library = library;
        this.uploads = uploads;
    }

    /** A picture ready to be sent: the media type found in its bytes and the bytes. */
    public record Served(String mediaType, Resource body, boolean uploaded) {
    }

    void replace(ImageCatalog.Scan scan) {
        current = scan;
    }

    Optional<ImageCatalog.Image> find(String path) {
        return Optional.ofNullable(scan().images().get(path));
    }

    private ImageCatalog.Scan scan() {
        ImageCatalog.Scan scan = current;
        if (scan == null) {
            scan = ImageCatalog.scan(library.root());
            current = scan;
        }
        return scan;
    }

    /** True when content/images has a picture at this path (relative to images/). */
    public boolean inFolder(String path) {
        return scan().contains(path);
    }

    /** True when a picture is served at this path under images/ (uploaded or in the folder). */
    public boolean exists(String path) {
        return (uploads != null && uploads.existsByPath(path)) || inFolder(path);
    }

    /** The picture at this path under images/: an upload first, then the folder's. */
    public Optional<Served> serve(String path) {
        Optional<UploadedImageFile> uploaded = uploads == null ? Optional.empty() : uploads.findByPath(path);
        if (uploaded.isPresent()) {
            UploadedImageFile u = uploaded.get();
            return Optional.of(new Served(u.getMediaType(), new ByteArrayResource(u.getContent()), true));
        }
        return find(path).map(found -> new Served(found.mediaType(), new FileSystemResource(file(found)), false));
    }

    /**
     * The catalog a portal-written guide is checked against: the folder's pictures plus the
     * uploaded ones (an upload replaces a folder entry of the same path).
     */
    public ImageCatalog.Scan catalogWithUploads() {
        ImageCatalog.Scan folder = scan();
        Map<String, ImageCatalog.Image> all = new HashMap<>(folder.images());
        for (UploadedImageFile u : uploads == null ? List.<UploadedImageFile>of() : uploads.findAllByOrderByPathAsc()) {
            all.put(u.getPath(), new ImageCatalog.Image(u.getPath(), u.getMediaType(), u.getSizeBytes(), u.getSha256()));
        }
        return new ImageCatalog.Scan(all, folder.problems());
    }

    /** The file of a catalogued picture. */
    Path file(ImageCatalog.Image image) {
        return library.root().resolve("images").resolve(image.path());
    }
}
