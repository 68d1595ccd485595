package it.percorsi.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The content folder shipped with the portal and the slugs it declares (file names). */
public final class ShippedContent {

    public static final Path ROOT = Path.of("content");

    private ShippedContent() {
    }

    public static Set<String> guides() {
        return slugs("guides");
    }

    public static Set<String> tools() {
        return slugs("tools");
    }

    public static Set<String> faqs() {
        return slugs("faq");
    }

    public static Questionnaire questionnaire() {
        var result = QuestionnaireReader.read(ROOT, guides(), tools());
        return result.questionnaire().orElseThrow(() -> new AssertionError(result.problems().toString()));
    }

    private static Set<String> slugs(String folder) {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            Set<String> slugs = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .forEach(n -> slugs.add(n.substring(0, n.length() - 3)));
            return slugs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
