package it.percorsi.content.internal;

import it.percorsi.base.content.Checksums;
import it.percorsi.base.content.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.Tika;

/**
 * The typed catalog of the library's pictures: every file under {@code images/} whose bytes are a
 * PNG, JPEG, GIF or WebP image of the format its name says. Guides may only show catalogued
 * images and the portal only serves them, with the type found in the bytes — a renamed HTML or
 * SVG file is reported with its file and never reaches a browser.
 */
final class ImageCatalog {

    /** Larger pictures slow every guide page; the library's pictures are illustrations. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> TYPE_BY_EXTENSION = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    /** One picture: its path under images/, the media type of its bytes, size and SHA-256. */
    record Image(String path, String mediaType, long size, String sha256) {
    }

    /** What one scan found: the pictures by path, and the files refused with the reason. */
    record Scan(Map<String, Image> images, List<ContentProblem> problems) {

        static final Scan EMPTY = new Scan(Map.of(), List.of());

        Scan {
            images = Map.copyOf(images);
            problems = List.copyOf(problems);
        }

        boolean contains(String path) {
            return images.containsKey(path);
        }
    }

    private ImageCatalog() {
    }

    static Scan scan(Path root) {
        Path folder = root.resolve("images");
        if (!Files.isDirectory(folder)) {
            return Scan.EMPTY;
        }
        Map<String, Image> images = new TreeMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            return new Scan(Map.of(), List.of(new ContentProblem("images", 0, "cannot read the folder: " + e.getMessage())));
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> !Files.isDirectory(f)).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                String name = "images/" + relative;
                if (!(LinkTarget.ofImage(name) instanceof LinkTarget.ContentImage)) {
                    if (!relative.startsWith(".") && !relative.contains("/.")) {
                        problems.add(new ContentProblem(name, 0,
                                "not a picture the portal shows: use png, jpg, gif or webp files with plain names"));
                    }
                    continue;
                }
                String refused = refusal(file, realFolder);
                if (refused != null) {
                    problems.add(new ContentProblem(name, 0, refused));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                String detected = TIKA.detect(bytes);
                String extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                String expected = TYPE_BY_EXTENSION.get(extension);
                if (!detected.equals(expected)) {
                    problems.add(new ContentProblem(name, 0, "the file is named ." + extension + " but its content is "
                            + detected + ", not " + expected + ": save it again as a real " + extension + " picture"));
                    continue;
                }
                images.put(relative, new Image(relative, detected, bytes.length, Checksums.sha256(bytes)));
            }
        } catch (IOException e) {
            problems.add(new ContentProblem("images", 0, "cannot read the folder: " + e.getMessage()));
        }
        return new Scan(images, problems);
    }

    /** Why a file may not even be read (a link leaving the folder, too large), or null. */
    private static String refusal(Path file, Path realFolder) throws IOException {
        if (!file.toRealPath().startsWith(realFolder)) {
            return "a link to a file outside images/ is not served";
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return "the picture is too large (" + size / 1024 + " KB, at most " + MAX_BYTES / 1024 + " KB): reduce it";
        }
        return null;
    }
}
