package it.percorsi.path.internal;

import it.percorsi.path.ContentTitles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads titles from the YAML front matter of content/guides, tools and faq files, once per slug:
 * the fallback of {@link PublishedContentTitles} for what the content module does not offer.
 */
class FrontMatterTitles implements ContentTitles {

    private final Path contentDir;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    FrontMatterTitles(Path contentDir) {
        this.contentDir = contentDir;
    }

    @Override
    public Optional<String> guideTitle(String slug) {
        return field("guides", slug, "title");
    }

    @Override
    public Optional<String> toolTitle(String slug) {
        return field("tools", slug, "title");
    }

    @Override
    public Optional<String> faqQuestion(String slug) {
        return field("faq", slug, "question");
    }

    private Optional<String> field(String folder, String slug, String key) {
        if (!slug.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(folder + "/" + slug + "#" + key, k -> read(contentDir.resolve(folder).resolve(slug + ".md"), key));
    }

    static Optional<String> read(Path file, String key) {
        try {
            String text = Files.readString(file);
            if (!text.startsWith("---")) {
                return Optional.empty();
            }
            int end = text.indexOf("\n---", 3);
            if (end < 0) {
                return Optional.empty();
            }
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(3, end));
            if (data instanceof Map<?, ?> m && m.get(key) instanceof String s && !s.isBlank()) {
                return Optional.of(s.strip());
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
