package it.percorsi.content.internal;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.FrontMatter;
import it.percorsi.base.content.YamlSource;
import it.percorsi.content.ContentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One guide, tool or FAQ file: the kernel's {@link FrontMatter} (splitting, UTF-8, YAML with file
 * lines) plus the two field shapes the library's front matter uses — a bounded single text and a
 * list of texts — with the wording trainers see in the validator.
 */
final class SourceFile {

    final ContentKind kind;
    final String file;
    final byte[] bytes;
    final List<ContentProblem> problems;
    final Map<String, Node> fields;
    /** Warnings (a missing English translation): reported, but the file still loads. */
    final List<ContentProblem> warnings = new java.util.ArrayList<>();
    /** The body after the closing "---", and the 1-based file line it starts on. */
    final String body;
    final int bodyStartLine;
    final boolean frontMatterRead;
    private final YamlSource yaml;

    private SourceFile(ContentKind kind, String file, byte[] bytes, FrontMatter frontMatter) {
        this.kind = kind;
        this.file = file;
        this.bytes = bytes;
        this.yaml = frontMatter.yaml();
        this.problems = frontMatter.problems();
        this.fields = frontMatter.fields();
        this.body = frontMatter.body();
        this.bodyStartLine = frontMatter.bodyStartLine();
        this.frontMatterRead = frontMatter.wasRead();
    }

    static SourceFile parse(ContentKind kind, String file, byte[] bytes) {
        return new SourceFile(kind, file, bytes, FrontMatter.read(file, bytes));
    }

    void problem(int line, String message) {
        yaml.problem(line, message);
    }

    void problem(Node node, String message) {
        yaml.problem(node, message);
    }

    void warning(int line, String message) {
        warnings.add(ContentProblem.warning(file, line, message));
    }

    /** The file line of a front-matter node. */
    int line(Node node) {
        return yaml.lineOf(node);
    }

    /** A required single-line text; reports it missing or of the wrong shape. */
    Optional<String> requiredText(String field, int maxLength) {
        Node node = fields.get(field);
        if (node == null || isNull(node)) {
            problem(node == null ? 1 : line(node), "missing required field '" + field + "'");
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, "field '" + field + "' must be a single text value");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(node, "field '" + field + "' is empty");
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            problem(node, "field '" + field + "' is too long (" + value.length() + " characters, at most "
                    + maxLength + ")");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The English sibling ({@code field_en}) of a text field that has an Italian value: null and a
     * warning at the line of the Italian field when it is missing; checked like the Italian one.
     */
    String english(String field, int maxLength) {
        String key = field + "_en";
        if (!fields.containsKey(key)) {
            Node italian = fields.get(field);
            warning(italian == null ? 1 : line(italian), "'" + field + "' has no English translation: add '" + key
                    + "' (see content/README.md)");
            return null;
        }
        return requiredText(key, maxLength).orElse(null);
    }

    /** An optional list of texts, written [a, b] or one "- a" per line; absent means empty. */
    List<Item> list(String field) {
        Node node = fields.get(field);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "field '" + field + "' must be a list, e.g. " + field + ": [a, b]");
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) {
                items.add(new Item(s.getValue().strip(), line(s)));
            } else {
                problem(item, "each element of '" + field + "' must be a single text value");
            }
        }
        return items;
    }

    /** One element of a list field with its line, for precise reports. */
    record Item(String value, int line) {
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }
}
