package it.percorsi.helpdesk.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * The type of an uploaded file, from its bytes (Tika's core detector). The name may only narrow
 * the detected family down (a ZIP named .docx is a Word file if it really is an Office package),
 * never change it: an HTML page named .pdf stays HTML and is refused.
 */
public final class FileTypes {

    private static final Tika TIKA = new Tika();
    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
            "text/plain", "text/csv", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    /** Office packages are ZIP files: the marker entry each must contain. */
    private static final Map<String, String> PACKAGE_MARKER = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "[Content_Types].xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "[Content_Types].xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "[Content_Types].xml",
            "application/vnd.oasis.opendocument.text", "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet", "mimetype",
            "application/vnd.oasis.opendocument.presentation", "mimetype");

    private FileTypes() {
    }

    public static String detect(byte[] content, String fileName) {
        String byBytes = TIKA.detect(content);
        String refined = TIKA.detect(content, fileName);
        String type = refined;
        if (PACKAGE_MARKER.containsKey(refined) && !hasEntry(content, PACKAGE_MARKER.get(refined))) {
            type = byBytes;
        }
        return type;
    }

    /** The allowed type of the file, or empty when its bytes say it is not on the allow-list. */
    public static Optional<String> allowed(byte[] content, String fileName) {
        String type = detect(content, fileName);
        return ALLOWED.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** Types a browser could render as a page or run (refused with their own message). */
    public static boolean isMarkup(String type) {
        return type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("image/svg")
                || type.equals("application/xml") || type.equals("text/xml") || type.contains("javascript")
                || type.contains("ecmascript");
    }

    private static boolean hasEntry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (name.equals(e.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
