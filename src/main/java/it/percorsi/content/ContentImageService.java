package it.percorsi.content;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.content.Checksums;
import it.percorsi.content.internal.ContentImages;
import it.percorsi.content.internal.ImageBytes;
import it.percorsi.content.internal.UploadedImageFile;
import it.percorsi.content.internal.UploadedImageRepository;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures trainers upload for guides (TRAINER / ADMIN only, checked here on the server). A
 * picture is accepted only when its bytes are a PNG, JPEG or WebP picture (the name and the
 * browser's type are ignored; SVG is refused always), it is within the configured size and has
 * an alt text. It is stored in the database as images/&lt;guide&gt;/&lt;name&gt;.&lt;type&gt; — the
 * extension is the one of the type found in the bytes — and served at the address markdown's
 * {@code images/...} turns into, like the pictures of content/images.
 */
@Service
public class ContentImageService {

    public static final String FIELD_FILE = "file";
    public static final String FIELD_ALT = "altText";
    public static final String FIELD_GUIDE = "guide";
    public static final int ALT_MAX_LENGTH = 300;

    private final UploadedImageRepository uploads;
    private final ContentImages images;
    private final CurrentUserProvider currentUser;
    private final ContentProperties properties;
    private final Clock clock;

    ContentImageService(UploadedImageRepository uploads, ContentImages images, CurrentUserProvider currentUser,
                        ContentProperties properties, Clock clock) {
        this.uploads = uploads;
        this.images = images;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return properties.imageUploadMaxSize().toBytes();
    }

    /**
     * Stores a picture. Field errors (message keys content.images.error.*): {@link #FIELD_FILE}
     * for a missing, too large, damaged or refused file, or a name already used;
     * {@link #FIELD_ALT} when the alt text is missing or too long; {@link #FIELD_GUIDE} for an
     * invalid guide slug.
     *
     * @param guideSlug the guide the picture is for (its folder under images/); null or blank for none
     * @param fileName  the name the trainer's file had, used only for the new name
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public UploadedImage upload(String guideSlug, String fileName, byte[] bytes, String altText) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        String guide = guideSlug == null || guideSlug.isBlank() ? null : guideSlug.strip();
        if (guide != null && !guide.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            errors.add(FIELD_GUIDE, "content.images.error.guide");
        }
        ImageBytes.Check check = null;
        if (bytes == null || bytes.length == 0) {
            errors.add(FIELD_FILE, "content.images.error.missing");
        } else if (bytes.length > maxBytes()) {
            errors.add(FIELD_FILE, "content.images.error.tooBig");
        } else {
            check = ImageBytes.check(bytes);
            if (!check.ok()) {
                errors.add(FIELD_FILE, "content.images.error." + check.refusal().name());
            }
        }
        String alt = altText == null ? "" : altText.strip().replaceAll("\\s+", " ");
        if (alt.isEmpty()) {
            errors.add(FIELD_ALT, "content.images.error.altRequired");
        } else if (alt.length() > ALT_MAX_LENGTH) {
            errors.add(FIELD_ALT, "content.images.error.altTooLong");
        }
        errors.throwIfAny();
        String path = (guide == null ? "" : guide + "/") + baseName(fileName) + "." + check.type().extension();
        if (uploads.existsByPath(path) || images.inFolder(path)) {
            throw FieldErrors.of(FIELD_FILE, "content.images.error.exists");
        }
        UploadedImageFile saved = uploads.save(new UploadedImageFile(path, guide, check.type().mediaType(), alt,
                bytes, check.width(), check.height(), Checksums.sha256(bytes), currentUser.require().email(),
                clock.instant()));
        return toRecord(saved);
    }

    /** The uploaded pictures, of one guide (slug) or all (null), by path. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<UploadedImage> list(String guideSlug) {
        var found = guideSlug == null || guideSlug.isBlank() ? uploads.findAllByOrderByPathAsc()
                : uploads.findByGuideSlugOrderByPathAsc(guideSlug.strip());
        return found.stream().map(ContentImageService::toRecord).toList();
    }

    /** Deletes an uploaded picture (a folder picture of the same path, if any, is served again). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional
    public boolean delete(String path) {
        return uploads.findByPath(path).map(u -> {
            uploads.delete(u);
            return true;
        }).orElse(false);
    }

    /** A plain name from the trainer's file name: lower case letters, digits and '-', at most 60. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "immagine" : name;
    }

    static UploadedImage toRecord(UploadedImageFile u) {
        return new UploadedImage(u.getPath(), u.getGuideSlug(), u.getMediaType(), u.getAltText(), u.getSizeBytes(),
                u.getWidth(), u.getHeight(), u.getUploadedBy(), u.getUploadedAt());
    }
}
