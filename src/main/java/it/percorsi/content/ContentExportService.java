package it.percorsi.content;

import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentFiles;
import it.percorsi.content.internal.UploadedImageFile;
import it.percorsi.content.internal.UploadedImageRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole library as a zip in the content/ format: every guide, tool and FAQ as published now
 * (its current revision, portal edits included) written back as a markdown file, plus the images
 * of content/images and those uploaded in the portal, and the paths and questionnaire in use
 * (portal edits included, through {@link ExportedDefinition}). An uploaded picture's alt text
 * travels in the markdown that shows it (the content/ format has no other place for it). Unzipped, it is a content folder the validator
 * accepts and the import reproduces.
 */
@Service
public class ContentExportService {

    /** Folders and files copied as they are from the library in use. */
    private static final List<String> COPIED = List.of("images", "paths", "assessment", "README.md");

    private final ContentDocumentRepository documents;
    private final ContentLibrary library;
    private final Clock clock;
    private final UploadedImageRepository uploads;
    private final List<ExportedDefinition> definitions;

    ContentExportService(ContentDocumentRepository documents, ContentLibrary library, Clock clock,
                         UploadedImageRepository uploads, List<ExportedDefinition> definitions) {
        this.documents = documents;
        this.library = library;
        this.clock = clock;
        this.uploads = uploads;
        this.definitions = List.copyOf(definitions);
    }

    /** A downloadable export. */
    public record Export(String fileName, byte[] bytes) {
    }

    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public Export exportLibrary() {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try {
            for (ContentKind kind : ContentKind.values()) {
                for (ContentDocument document : documents.published(kind)) {
                    entries.put(ContentFiles.path(kind, document.getSlug()),
                            ContentFiles.markdown(document.getCurrent().toSpec()).getBytes(StandardCharsets.UTF_8));
                }
            }
            Path root = library.root();
            for (String name : COPIED) {
                copy(entries, root, root.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content folder for the export", e);
        }
        // the path library and questionnaire in use, portal edits included, instead of the folder's files
        for (ExportedDefinition definition : definitions) {
            String replaced = definition.replaces();
            entries.keySet().removeIf(name -> name.equals(replaced) || name.startsWith(replaced + "/"));
            definition.files().forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        }
        // pictures uploaded in the portal, as files of images/ (an upload wins over a folder picture of the same path)
        for (UploadedImageFile image : uploads.findAllByOrderByPathAsc()) {
            entries.put("images/" + image.getPath(), image.getContent());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export", e);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Rome"));
        return new Export("percorsi-contenuti-" + today + ".zip", bytes.toByteArray());
    }

    private static void copy(SortedMap<String, byte[]> entries, Path root, Path start) throws IOException {
        if (Files.isRegularFile(start)) {
            entries.put(relative(root, start), Files.readAllBytes(start));
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
            entries.put(relative(root, file), Files.readAllBytes(file));
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
