package it.percorsi.content;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole library as a zip in the content/ format: every guide, tool and FAQ as published now
 * (its current revision, portal edits included) written back as a markdown file, plus the images,
 * paths and questionnaire of the library in use. Unzipped, it is a content folder the validator
 * accepts and the import reproduces.
 */
@Service
public class ContentExportService {

    /** Folders and files copied as they are from the library in use. */
    private static final List<String> COPIED = List.of("images", "paths", "assessment", "README.md");

    private final ContentDocumentRepository documents;
    private final ContentLibrary library;
    private final Clock clock;

    ContentExportService(ContentDocumentRepository documents, ContentLibrary library, Clock clock) {
        this.documents = documents;
        this.library = library;
        this.clock = clock;
    }

    /** A downloadable export. */
    public record Export(String fileName, byte[] bytes) {
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public Export exportLibrary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ContentKind kind : ContentKind.values()) {
                List<ContentDocument> published = documents.published(kind).stream()
                        .sorted(Comparator.comparing(ContentDocument::getSlug)).toList();
                for (ContentDocument document : published) {
                    put(zip, ContentFiles.path(kind, document.getSlug()),
                            ContentFiles.markdown(document.getCurrent().toSpec()).getBytes(StandardCharsets.UTF_8));
                }
            }
            Path root = library.root();
            for (String name : COPIED) {
                copy(zip, root, root.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export", e);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Rome"));
        return new Export("percorsi-contenuti-" + today + ".zip", bytes.toByteArray());
    }

    private static void copy(ZipOutputStream zip, Path root, Path start) throws IOException {
        if (Files.isRegularFile(start)) {
            put(zip, relative(root, start), Files.readAllBytes(start));
            return;
        }
        if (!Files.isDirectory(start)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(start)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path file : files) {
            put(zip, relative(root, file), Files.readAllBytes(file));
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
