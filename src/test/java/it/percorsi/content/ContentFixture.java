package it.percorsi.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small content folders for tests: a valid one, then each test breaks one thing. */
public final class ContentFixture {

    /** The first bytes of a real PNG and JPEG file: enough for the image catalog's detection. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    public static final String GUIDE = """
            ---
            slug: alfa
            title: Guida alfa
            summary: Una guida di prova.
            level: base
            group: metodi
            tags: [prova, ascolto]
            tools: [strumento]
            related: [beta]
            ---
            # Guida alfa

            ## Primo passo

            Vedi [beta](guide:beta) e [lo strumento](tool:strumento).
            """;

    public static final String GUIDE_BETA = """
            ---
            slug: beta
            title: Guida beta
            summary: Un'altra guida.
            level: avanzato
            group: analizzare
            tags: [prova]
            related: [alfa]
            ---
            # Guida beta

            Testo della guida beta.
            """;

    public static final String TOOL = """
            ---
            slug: strumento
            title: Uno strumento
            summary: Uno strumento di prova.
            kind: modello
            tags: [modello]
            related: [alfa]
            ---
            # Uno strumento

            Il modello.
            """;

    public static final String FAQ = """
            ---
            slug: domanda
            question: Che cosa devo fare?
            topic: metodo
            tags: [prova]
            related: [alfa]
            ---
            Leggi la [guida alfa](guide:alfa).
            """;

    private ContentFixture() {
    }

    public static Path valid(Path root) {
        write(root, "guides/alfa.md", GUIDE);
        write(root, "guides/beta.md", GUIDE_BETA);
        write(root, "tools/strumento.md", TOOL);
        write(root, "faq/domanda.md", FAQ);
        return root;
    }

    /** The valid folder with every English sibling field (content/README.md): no warning either. */
    public static Path translated(Path root) {
        write(root, "guides/alfa.md", english(GUIDE, "title_en: Alpha guide", "summary_en: A test guide."));
        write(root, "guides/beta.md", english(GUIDE_BETA, "title_en: Beta guide", "summary_en: Another guide."));
        write(root, "tools/strumento.md", english(TOOL, "title_en: A tool", "summary_en: A test tool."));
        write(root, "faq/domanda.md", english(FAQ, "question_en: What should I do?"));
        return root;
    }

    /** Adds fields at the end of the front matter, so the lines of the other fields do not move. */
    public static String english(String markdown, String... fields) {
        int close = markdown.indexOf("\n---\n", 4);
        return markdown.substring(0, close + 1) + String.join("\n", fields) + markdown.substring(close);
    }

    public static Path write(Path root, String file, String text) {
        return write(root, file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path root, String file, byte[] bytes) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            return Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
