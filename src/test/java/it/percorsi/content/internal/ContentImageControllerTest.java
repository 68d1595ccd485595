package it.percorsi.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.content.ContentFixture;
import it.percorsi.base.content.ContentLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class ContentImageControllerTest {

    static final byte[] PNG = ContentFixture.PNG;
    static final byte[] JPEG = ContentFixture.JPEG;

    @TempDir Path root;

    private ContentImageController controller() {
        ContentFixture.write(root, "images/schema.png", PNG);
        ContentFixture.write(root, "images/sub/foto.jpg", JPEG);
        ContentFixture.write(root, "images/finta.png", "<html><script>alert(1)</script></html>");
        ContentFixture.write(root, "images/disegno.svg", "<svg onload=\"alert(1)\"/>");
        // a real picture outside images/: a link to it must be refused for where it points, not for what it holds
        ContentFixture.write(root, "guides/segreto.png", PNG);
        return new ContentImageController(new ContentImages(ContentLibrary.of(root)));
    }

    @Test
    void serves_raster_images_of_the_images_folder_with_nosniff() throws IOException {
        var response = controller().image("/schema.png");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(controller().image("/sub/foto.jpg").getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
    }

    @Test
    void refuses_anything_outside_the_folder_svg_and_missing_files() throws IOException {
        ContentImageController controller = controller();
        for (String path : new String[] {"/../guides/segreto.png", "/sub/../../guides/segreto.png", "/disegno.svg",
                "/mancante.png", "/.hidden.png", "/%2e%2e/guides/segreto.png", "/finta.png"}) {
            assertThat(controller.image(path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void the_catalog_refuses_a_file_whose_bytes_are_not_the_picture_its_name_says_and_says_why() {
        controller();
        ImageCatalog.Scan scan = ImageCatalog.scan(root);
        assertThat(scan.images()).containsOnlyKeys("schema.png", "sub/foto.jpg");
        assertThat(scan.images().get("schema.png").mediaType()).isEqualTo("image/png");
        assertThat(scan.problems()).extracting(p -> p.file() + ": " + p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("images/finta.png: the file is named .png but its content is text/html"));
        assertThat(scan.problems()).extracting(p -> p.file()).contains("images/disegno.svg");
    }

    @Test
    void refuses_a_symbolic_link_that_leaves_the_folder_and_follows_one_that_stays_inside() throws IOException {
        ContentImageController controller = controller();
        // Symbolic links exist on every system the portal runs on: no silent skip.
        Files.createSymbolicLink(root.resolve("images/fuori.png"), root.resolve("guides/segreto.png"));
        Files.createSymbolicLink(root.resolve("images/dentro.png"), root.resolve("images/schema.png"));
        assertThat(controller.image("/fuori.png").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(controller.image("/dentro.png").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ImageCatalog.scan(root).problems()).extracting(p -> p.file() + ": " + p.message())
                .contains("images/fuori.png: a link to a file outside images/ is not served");
    }
}
