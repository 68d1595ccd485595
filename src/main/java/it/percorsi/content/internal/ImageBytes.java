package it.percorsi.content.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Recognises an uploaded picture from its bytes alone (never from its name or the browser's
 * type): PNG, JPEG and WebP are accepted, everything else refused with a reason. SVG is refused
 * always, also renamed .png, because a script in it would run in the portal's origin. PNG and
 * JPEG are decoded with ImageIO after their size in pixels was read from the header (so a small
 * file that unpacks into a huge picture is refused before decoding); WebP, which the JDK cannot
 * decode, is checked by its RIFF header and declared length.
 */
public final class ImageBytes {

    /** Pictures larger than this on either side are refused before decoding. */
    public static final int MAX_SIDE = 10_000;
    private static final long MAX_PIXELS = 40_000_000L;

    public enum Type {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), WEBP("image/webp", "webp");

        private final String mediaType;
        private final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() { return mediaType; }

        public String extension() { return extension; }
    }

    /** Why a file is refused; each has a message key content.images.error.&lt;code&gt;. */
    public enum Refusal { EMPTY, SVG, NOT_AN_IMAGE, DAMAGED, TOO_LARGE_PICTURE }

    /** A recognised picture, or the refusal. */
    public record Check(Type type, int width, int height, Refusal refusal) {
        public boolean ok() {
            return refusal == null;
        }

        static Check refused(Refusal r) {
            return new Check(null, 0, 0, r);
        }
    }

    private ImageBytes() {
    }

    public static Check check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Check.refused(Refusal.EMPTY);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return endsWithPngEnd(bytes) ? decode(bytes, Type.PNG) : Check.refused(Refusal.DAMAGED);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return endsWithJpegEnd(bytes) ? decode(bytes, Type.JPEG) : Check.refused(Refusal.DAMAGED);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && bytes.length >= 12 && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return webp(bytes);
        }
        return Check.refused(looksLikeSvg(bytes) ? Refusal.SVG : Refusal.NOT_AN_IMAGE);
    }

    /** Text that is, or may contain, an SVG document (also with a BOM, comments or an XML prolog first). */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            return true;
        }
        // UTF-16 text: look at every other byte
        StringBuilder narrow = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] != 0) {
                narrow.append((char) (bytes[i] & 0xFF));
            }
        }
        return narrow.toString().toLowerCase(Locale.ROOT).contains("<svg");
    }

    private static Check decode(byte[] bytes, Type type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Check.refused(Refusal.DAMAGED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (tooLarge(width, height)) {
                    return Check.refused(Refusal.TOO_LARGE_PICTURE);
                }
                if (reader.read(0) == null) {
                    return Check.refused(Refusal.DAMAGED);
                }
                return new Check(type, width, height, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Check.refused(Refusal.DAMAGED);
        }
    }

    private static Check webp(byte[] bytes) {
        long declared = (littleEndian(bytes, 4, 4)) + 8L;
        if (bytes.length < 30 || declared != bytes.length) {
            return Check.refused(Refusal.DAMAGED);
        }
        int width;
        int height;
        if (startsWith(bytes, 12, 'V', 'P', '8', 'X')) {
            width = (int) littleEndian(bytes, 24, 3) + 1;
            height = (int) littleEndian(bytes, 27, 3) + 1;
        } else if (startsWith(bytes, 12, 'V', 'P', '8', 'L')) {
            if ((bytes[20] & 0xFF) != 0x2F) {
                return Check.refused(Refusal.DAMAGED);
            }
            long bits = littleEndian(bytes, 21, 4);
            width = (int) (bits & 0x3FFF) + 1;
            height = (int) ((bits >> 14) & 0x3FFF) + 1;
        } else if (startsWith(bytes, 12, 'V', 'P', '8', ' ')) {
            if (!startsWith(bytes, 23, 0x9D, 0x01, 0x2A)) {
                return Check.refused(Refusal.DAMAGED);
            }
            width = (int) littleEndian(bytes, 26, 2) & 0x3FFF;
            height = (int) littleEndian(bytes, 28, 2) & 0x3FFF;
        } else {
            return Check.refused(Refusal.DAMAGED);
        }
        if (width <= 0 || height <= 0) {
            return Check.refused(Refusal.DAMAGED);
        }
        return tooLarge(width, height) ? Check.refused(Refusal.TOO_LARGE_PICTURE) : new Check(Type.WEBP, width, height, null);
    }

    private static boolean tooLarge(int width, int height) {
        return width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS;
    }

    private static boolean endsWithPngEnd(byte[] b) {
        // the IEND chunk: length 0, "IEND", CRC AE 42 60 82
        return b.length >= 20 && startsWith(b, b.length - 8, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82);
    }

    private static boolean endsWithJpegEnd(byte[] b) {
        // the end-of-image marker, possibly followed by a few padding bytes some cameras add
        for (int i = b.length - 2; i >= Math.max(2, b.length - 64); i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static long littleEndian(byte[] b, int offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (b[offset + i] & 0xFF);
        }
        return value;
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
