package it.percorsi.helpdesk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the writer of a reply wrote, without the history their client quoted below it and
 * without their signature: the common Italian and English clients (Gmail, Outlook, Thunderbird,
 * Apple Mail, mobile "sent from" lines). When trimming would leave nothing (a reply written
 * between the quoted lines), the text is kept whole: better too much than a lost answer.
 */
public final class QuotedText {

    /** "Il giorno lun 1 dic 2026 alle ore 10:00 Mario <m@x.it> ha scritto:", "On Mon, ... wrote:". */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(il giorno|il |on |le |am )\\S.*(ha scritto|wrote|a écrit|schrieb)\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(messaggio originale|original message|messaggio inoltrato|forwarded message)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Outlook's header block: "Da: ..." followed shortly by "Inviato:"/"Data:"/"Sent:"/"Date:". */
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(da|from)\\s*:\\*?\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_NEXT = Pattern.compile("^\\s*\\*?(inviato|data|sent|date|a|to)\\s*:.*$",
            Pattern.CASE_INSENSITIVE);
    /** An attribution names a date or a time; "Il dirigente ha scritto:" alone is the writer's own text. */
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern SENT_FROM = Pattern.compile(
            "^\\s*(inviato da|inviato dal mio|sent from my|sent from|get outlook for|scarica outlook per)\\b.{0,60}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDERSCORES = Pattern.compile("^_{10,}\\s*$");

    private QuotedText() {
    }

    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (startsQuote(lines, i)) {
                end = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (line.startsWith(">")) {
                continue;
            }
            kept.add(stripTrailing(line));
        }
        // "Inviato da iPhone" and its like close the reply
        while (!kept.isEmpty() && (kept.getLast().isBlank() || SENT_FROM.matcher(kept.getLast()).matches())) {
            kept.removeLast();
        }
        String result = String.join("\n", kept).strip();
        return result.isEmpty() ? text.strip() : result;
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i];
        if (SIGNATURE.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()
                || UNDERSCORES.matcher(line).matches()) {
            return true;
        }
        // the attribution may be wrapped over up to three lines
        String joined = line;
        for (int k = 0; k < 3 && i + k < lines.length; k++) {
            if (k > 0) {
                joined = joined + " " + lines[i + k].strip();
            }
            if (ATTRIBUTION.matcher(joined).matches() && DIGIT.matcher(joined).find()) {
                return true;
            }
        }
        if (HEADER_FROM.matcher(line).matches()) {
            for (int k = 1; k <= 3 && i + k < lines.length; k++) {
                if (HEADER_NEXT.matcher(lines[i + k]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
