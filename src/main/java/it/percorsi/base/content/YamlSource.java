package it.percorsi.base.content;

import it.percorsi.base.i18n.Localized;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a content YAML file as a node tree (never as objects: trainers edit these files, so
 * nothing in them may construct Java types) and collects problems with 1-based line numbers.
 * The content kernel's YAML reader, shared by the questionnaire and path readers (and the
 * front matter of markdown files, through a line offset), which share the "file:line: message" format of
 * the content validator.
 */
public final class YamlSource {

    private final String file;
    /** File line of the text's first line, minus one: 0 for a YAML file, 1 for front matter after "---". */
    private final int lineOffset;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();

    public YamlSource(String file) {
        this(file, 0);
    }

    /** A YAML text that starts on line {@code lineOffset + 1} of its file (front matter). */
    public YamlSource(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    public String file() {
        return file;
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    /** Warnings (e.g. a missing English translation): reported like problems, the file still loads. */
    public List<ContentProblem> warnings() {
        return warnings;
    }

    public void warning(Node at, String message) {
        warnings.add(ContentProblem.warning(file, lineOf(at), message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void problem(Node at, String message) {
        problems.add(new ContentProblem(file, lineOf(at), message));
    }

    /** The 1-based line of a node in its file (0 when unknown). */
    public int lineOf(Node node) {
        int line = line(node);
        return line == 0 ? 0 : line + lineOffset;
    }

    public void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    /** The 1-based line of a node in the parsed text (for a YAML file, the file line). */
    public static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** Reads a file of the content folder; problems go to this source. */
    public Optional<Node> read(Path path) {
        try {
            return parse(Files.readString(path));
        } catch (IOException e) {
            problem(0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<Node> parse(String text) {
        return parse(text, "invalid YAML: ", "", Integer.MAX_VALUE);
    }

    /**
     * Parses a text, reporting a syntax error as {@code prefix + problem + hint} at its line
     * (never beyond {@code lastLine}, e.g. the closing "---" of front matter).
     */
    public Optional<Node> parse(String text, String prefix, String hint, int lastLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported below, with the line, instead of failing
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(2_000_000);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problem(1, lineOffset == 0 ? "the file is empty"
                        : "the front matter is empty: write the fields between the two '---' lines");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1 + lineOffset;
            problem(Math.min(line, lastLine), prefix + e.getProblem() + hint);
            return Optional.empty();
        } catch (YAMLException e) {
            problem(1, prefix + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The entries of a mapping node by key, reporting a node that is not a mapping, duplicate
     * keys and keys outside {@code allowed} (usually a typo the trainer wants to hear about).
     */
    public Optional<Map<String, Node>> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            problem(node, what + " must be a list of 'field: value' lines");
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), what + ": a field name must be plain text");
                continue;
            }
            String key = k.getValue();
            if (entries.containsKey(key)) {
                problem(k, what + ": duplicate field '" + key + "'");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                String hint = t.getValueNode() instanceof ScalarNode v && v.getValue().isEmpty()
                        ? "; a comma in a text between { } starts a new field: put the text in quotes" : "";
                problem(k, what + ": unknown field '" + key + "' (allowed: " + String.join(", ", sorted(allowed)) + ")"
                        + hint);
                continue;
            }
            entries.put(key, t.getValueNode());
        }
        return Optional.of(entries);
    }

    public Optional<List<Node>> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode s)) {
            problem(node, what + " must be a list");
            return Optional.empty();
        }
        return Optional.of(s.getValue());
    }

    /** A required non-empty text field; reports it missing at the line of its parent. */
    public Optional<String> requiredText(Map<String, Node> fields, String key, Node parent, String what) {
        Node n = fields.get(key);
        if (n == null) {
            problem(parent, what + ": missing required field '" + key + "'");
            return Optional.empty();
        }
        return text(n, what + " '" + key + "'");
    }

    public Optional<String> optionalText(Map<String, Node> fields, String key, String what) {
        Node n = fields.get(key);
        return n == null ? Optional.empty() : text(n, what + " '" + key + "'");
    }

    public Optional<String> text(Node n, String what) {
        if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
            problem(n, what + " must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(s.getValue().strip());
    }

    /** The suffix of the English sibling of a text field: {@code title} and {@code title_en}. */
    public static final String ENGLISH_SUFFIX = "_en";

    /**
     * A text field with its English sibling ({@code key_en}, see content/README.md). The Italian
     * text is {@code italian} (already read, may be empty when the field is optional); a missing
     * English text is a warning at the line of the Italian one, never an error.
     */
    public Localized localized(Map<String, Node> fields, String key, String italian, Node parent, String what) {
        Node enNode = fields.get(key + ENGLISH_SUFFIX);
        String en = enNode == null ? null : text(enNode, what + " '" + key + ENGLISH_SUFFIX + "'").orElse(null);
        if (italian == null || italian.isBlank()) {
            return Localized.of("", en);
        }
        if (enNode == null) {
            Node at = fields.getOrDefault(key, parent);
            warning(at, what + ": '" + key + "' has no English translation: add '" + key + ENGLISH_SUFFIX + "'");
        }
        return Localized.of(italian, en);
    }

    /** The field names plus their English siblings, for {@link #mapping}'s allowed set. */
    public static Set<String> withEnglish(Set<String> fields, String... translated) {
        Set<String> all = new HashSet<>(fields);
        for (String t : translated) {
            all.add(t + ENGLISH_SUFFIX);
        }
        return Set.copyOf(all);
    }

    /** An identifier: lower or upper case letters, digits, '-' and '_'. */
    public Optional<String> identifier(Map<String, Node> fields, String key, Node parent, String what) {
        Optional<String> id = requiredText(fields, key, parent, what);
        if (id.isPresent() && !id.get().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,79}")) {
            problem(fields.get(key), what + ": '" + id.get()
                    + "' is not a valid identifier (letters, digits, '-' and '_', at most 80 characters)");
            return Optional.empty();
        }
        return id;
    }

    public Optional<Double> number(Node n, String what) {
        if (n instanceof ScalarNode s) {
            try {
                double d = Double.parseDouble(s.getValue().strip());
                if (Double.isFinite(d)) {
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(n, what + " is not a number: '" + s.getValue() + "'");
            return Optional.empty();
        }
        problem(n, what + " must be a number");
        return Optional.empty();
    }

    public Optional<Boolean> bool(Node n, String what) {
        if (n instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(s.getValue()));
        }
        problem(n, what + " must be true or false");
        return Optional.empty();
    }

    /** A list of texts, also accepting a single text; duplicates reported. */
    public List<Located> texts(Node n, String what) {
        List<Located> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            out.add(new Located(s.getValue().strip(), line(s)));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Node item : sequence(n, what).orElse(List.of())) {
            text(item, what + " item").ifPresent(v -> {
                if (!seen.add(v)) {
                    problem(item, what + ": '" + v + "' is listed twice");
                } else {
                    out.add(new Located(v, line(item)));
                }
            });
        }
        return out;
    }

    /** A text value with the line where it was written. */
    public record Located(String value, int line) {
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
