package it.percorsi.content;

import java.time.Instant;

/**
 * A picture uploaded in the portal: its path under images/ (what markdown writes after
 * "images/"), the guide it was uploaded for (may be null), the alt text given at upload and
 * what the bytes are.
 */
public record UploadedImage(String path, String guideSlug, String mediaType, String altText, long sizeBytes,
                            int width, int height, String uploadedBy, Instant uploadedAt) {

    /** The markdown that shows the picture with its alt text: {@code ![alt](images/path)}. */
    public String snippet() {
        return snippet(altText, path);
    }

    public static String snippet(String altText, String path) {
        String alt = altText.strip().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
                .replaceAll("\\s+", " ");
        return "![" + alt + "](images/" + path + ")";
    }
}
