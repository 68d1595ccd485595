package it.percorsi.content.internal;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentKind;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One markdown file split into its YAML front matter and its body. Problems are collected, never
 * thrown, and carry lines of the .md file: the YAML starts on line 2, so SnakeYAML's 0-based
 * line of a node maps to {@code line + 2}.
 *
 * <p>The YAML is only composed into nodes (never constructed into objects), so a file cannot
 * make the parser instantiate anything.
 */
final class SourceFile {

    /** File line of the first YAML line, minus one (SnakeYAML lines are 0-based). */
    private static final int YAML_LINE_OFFSET = 2;

    final ContentKind kind;
    final String file;
    final byte[] bytes;
    final List<ContentProblem> problems = new ArrayList<>();
    final Map<String, Node> fields = new LinkedHashMap<>();
    /** The body after the closing "---", and the 1-based file line it starts on. */
    String body = "";
    int bodyStartLine = 1;
    boolean frontMatterRead;

    private SourceFile(ContentKind kind, String file, byte[] bytes) {
        this.kind = kind;
        this.file = file;
        this.bytes = bytes;
    }

    static SourceFile parse(ContentKind kind, String file, byte[] bytes) {
        SourceFile source = new SourceFile(kind, file, bytes);
        source.split();
        return source;
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    void problem(Node node, String message) {
        problem(line(node), message);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + YAML_LINE_OFFSET;
    }

    private void split() {
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            problem(badByteLine(), "the file is not valid UTF-8 text: save it as UTF-8");
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problem(1, "missing front matter: the file must start with a line '---', the fields, and another '---'");
            return;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problem(1, "front matter not closed: add a line '---' after the last field");
            return;
        }
        body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length));
        bodyStartLine = close + 2;
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        readYaml(yaml, close + 1);
    }

    private void readYaml(String yaml, int closingLine) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(100_000);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + YAML_LINE_OFFSET;
            problem(Math.min(line, closingLine), "invalid YAML in the front matter: " + e.getProblem()
                    + " (check indentation, and put values containing ': ' or '#' in quotes)");
            return;
        } catch (YAMLException e) {
            problem(1, "invalid YAML in the front matter: " + e.getMessage());
            return;
        }
        if (root == null) {
            problem(1, "the front matter is empty: write the fields between the two '---' lines");
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(root, "the front matter must be a list of 'field: value' lines");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode k)) {
                problem(key, "a field name must be a simple word");
                continue;
            }
            if (fields.containsKey(k.getValue())) {
                problem(key, "duplicate field '" + k.getValue() + "'");
                continue;
            }
            fields.put(k.getValue(), tuple.getValueNode());
        }
        frontMatterRead = true;
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

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The line of the first byte that is not UTF-8, found by decoding line by line. */
    private int badByteLine() {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decode(java.util.Arrays.copyOfRange(bytes, start, i));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
