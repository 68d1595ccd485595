package it.percorsi.base.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A markdown file of the library split into its YAML front matter (between two "---" lines) and
 * its body. The front matter is read by the kernel's {@link YamlSource} with the lines of the .md
 * file, so every problem says "file:line: message" like any other content file; problems are
 * collected, never thrown. Decoding is strict UTF-8: a file saved in another encoding is reported
 * at the line of its first bad byte.
 */
public final class FrontMatter {

    private final YamlSource yaml;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private String body = "";
    private int bodyStartLine = 1;
    private boolean read;

    private FrontMatter(String file) {
        // the YAML starts on the file's line 2, after the opening "---"
        this.yaml = new YamlSource(file, 1);
    }

    /** Splits and reads a file; see {@link #problems()} for what was wrong. */
    public static FrontMatter read(String file, byte[] bytes) {
        FrontMatter fm = new FrontMatter(file);
        fm.split(bytes);
        return fm;
    }

    /** The reader of the front matter, for field-level checks with file lines. */
    public YamlSource yaml() {
        return yaml;
    }

    public List<ContentProblem> problems() {
        return yaml.problems();
    }

    /** The fields in the order written (duplicates reported and left out). */
    public Map<String, Node> fields() {
        return fields;
    }

    /** True when the front matter was found and is a mapping of fields. */
    public boolean wasRead() {
        return read;
    }

    /** The text after the closing "---". */
    public String body() {
        return body;
    }

    /** The 1-based file line the body starts on. */
    public int bodyStartLine() {
        return bodyStartLine;
    }

    private void split(byte[] bytes) {
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            yaml.problem(badByteLine(bytes), "the file is not valid UTF-8 text: save it as UTF-8");
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            yaml.problem(1, "missing front matter: the file must start with a line '---', the fields, and another '---'");
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
            yaml.problem(1, "front matter not closed: add a line '---' after the last field");
            return;
        }
        body = String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length));
        bodyStartLine = close + 2;
        String text0 = String.join("\n", Arrays.copyOfRange(lines, 1, close));
        yaml.parse(text0, "invalid YAML in the front matter: ",
                        " (check indentation, and put values containing ': ' or '#' in quotes)", close + 1)
                .flatMap(root -> yaml.mapping(root, "the front matter", null))
                .ifPresent(map -> {
                    fields.putAll(map);
                    read = true;
                });
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The line of the first byte that is not UTF-8, found by decoding line by line. */
    private static int badByteLine(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decode(Arrays.copyOfRange(bytes, start, i));
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
