package it.percorsi.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.content.TestImages;
import it.percorsi.content.internal.ImageBytes.Refusal;
import it.percorsi.content.internal.ImageBytes.Type;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploaded pictures are recognised from their bytes only; everything else is refused with its reason. */
class ImageBytesTest {

    @Test
    void real_png_jpeg_and_webp_files_are_recognised_with_their_size_in_pixels() {
        ImageBytes.Check png = ImageBytes.check(TestImages.png(40, 30));
        assertThat(png.ok()).isTrue();
        assertThat(png.type()).isEqualTo(Type.PNG);
        assertThat(png.width()).isEqualTo(40);
        assertThat(png.height()).isEqualTo(30);

        ImageBytes.Check jpeg = ImageBytes.check(TestImages.jpeg(64, 48));
        assertThat(jpeg.type()).isEqualTo(Type.JPEG);
        assertThat(jpeg.width()).isEqualTo(64);

        for (byte[] webp : new byte[][] {TestImages.webpLossy(), TestImages.webpLossless()}) {
            ImageBytes.Check check = ImageBytes.check(webp);
            assertThat(check.ok()).isTrue();
            assertThat(check.type()).isEqualTo(Type.WEBP);
            assertThat(check.type().mediaType()).isEqualTo("image/webp");
            assertThat(check.width()).isEqualTo(40);
            assertThat(check.height()).isEqualTo(30);
        }
    }

    @Test
    void svg_is_refused_as_svg_whatever_it_is_called_and_however_it_starts() {
        String[] svgs = {
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "<?xml version=\"1.0\"?>\n<!-- a drawing -->\n<SVG xmlns=\"http://www.w3.org/2000/svg\"></SVG>",
                "\uFEFF  <svg><script>alert(1)</script></svg>"};
        for (String svg : svgs) {
            assertThat(ImageBytes.check(svg.getBytes(StandardCharsets.UTF_8)).refusal()).as(svg).isEqualTo(Refusal.SVG);
        }
        assertThat(ImageBytes.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_16)).refusal())
                .isEqualTo(Refusal.SVG);
    }

    @Test
    void html_text_and_other_files_are_not_images() {
        assertThat(ImageBytes.check("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .refusal()).isEqualTo(Refusal.NOT_AN_IMAGE);
        assertThat(ImageBytes.check("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).refusal())
                .isEqualTo(Refusal.NOT_AN_IMAGE);
        assertThat(ImageBytes.check("GIF89a".getBytes(StandardCharsets.US_ASCII)).refusal())
                .isEqualTo(Refusal.NOT_AN_IMAGE);
        assertThat(ImageBytes.check(new byte[0]).refusal()).isEqualTo(Refusal.EMPTY);
    }

    @Test
    void truncated_or_damaged_pictures_are_refused() {
        assertThat(ImageBytes.check(TestImages.truncated(TestImages.png(40, 30))).refusal()).isEqualTo(Refusal.DAMAGED);
        assertThat(ImageBytes.check(TestImages.truncated(TestImages.jpeg(64, 48))).refusal()).isEqualTo(Refusal.DAMAGED);
        assertThat(ImageBytes.check(TestImages.truncated(TestImages.webpLossy())).refusal()).isEqualTo(Refusal.DAMAGED);
        // only the signature of a PNG (what a renamed file might start with)
        assertThat(ImageBytes.check(it.percorsi.content.ContentFixture.PNG).refusal()).isEqualTo(Refusal.DAMAGED);
        // a PNG's header and end around garbage
        byte[] png = TestImages.png(40, 30);
        for (int i = 40; i < png.length - 20; i++) {
            png[i] = 0x55;
        }
        assertThat(ImageBytes.check(png).refusal()).isEqualTo(Refusal.DAMAGED);
    }

    @Test
    void a_small_file_claiming_a_huge_picture_is_refused_before_decoding() {
        byte[] png = TestImages.png(40, 30);
        // IHDR width at offset 16 (big endian): 20000 pixels
        png[16] = 0;
        png[17] = 0;
        png[18] = (byte) 0x4E;
        png[19] = (byte) 0x20;
        ImageBytes.Check check = ImageBytes.check(png);
        assertThat(check.refusal()).isIn(Refusal.TOO_LARGE_PICTURE, Refusal.DAMAGED);
        byte[] webp = TestImages.webpLossy();
        webp[26] = (byte) 0x30; // width 0x2C30 & 0x3FFF = 11312 > 10000
        webp[27] = (byte) 0x2C;
        assertThat(ImageBytes.check(webp).refusal()).isEqualTo(Refusal.TOO_LARGE_PICTURE);
    }
}
