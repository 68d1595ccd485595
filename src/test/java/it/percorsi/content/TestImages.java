package it.percorsi.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real picture files for the upload tests: PNG and JPEG written by ImageIO, WebP made with cwebp. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return write("png", width, height);
    }

    public static byte[] jpeg(int width, int height) {
        return write("jpg", width, height);
    }

    /** A 40×30 lossy WebP (VP8). */
    public static byte[] webpLossy() {
        return resource("lossy.webp");
    }

    /** A 40×30 lossless WebP (VP8L). */
    public static byte[] webpLossless() {
        return resource("lossless.webp");
    }

    public static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length * 2 / 3);
    }

    private static byte[] write(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 7 % 256) << 16 | (y * 5 % 256) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images-upload/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
