package it.percorsi.content.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link or image address in markdown points to. Anything not recognised as safe is
 * {@link Rejected}: the renderer drops it and the validator reports it. Decisions are made on
 * the decoded address (after HTML entities), so entity and control-character tricks are caught.
 */
public sealed interface LinkTarget {

    Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
    Pattern FRAGMENT = Pattern.compile("[\\p{L}\\p{N}_.-]+");
    Pattern RELATIVE = Pattern.compile("[A-Za-z0-9_.~/%?=&-]+(?:#[\\p{L}\\p{N}_.-]*)?");
    Pattern IMAGE = Pattern.compile("images/((?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.(?i:png|jpe?g|gif|webp))");

    record Guide(String slug, String fragment) implements LinkTarget { }
    record Tool(String slug, String fragment) implements LinkTarget { }
    record Fragment(String id) implements LinkTarget { }
    record External(String url) implements LinkTarget { }
    record Mail(String url) implements LinkTarget { }
    /** A path inside the portal, e.g. "percorso"; never protocol-relative. */
    record Relative(String path) implements LinkTarget { }
    /** An image in content/images; path is relative to that folder. */
    record ContentImage(String path) implements LinkTarget { }
    record Rejected(String reason) implements LinkTarget { }

    static LinkTarget ofLink(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Rejected("empty address");
        }
        if (hasControlOrSpace(raw)) {
            return new Rejected("spaces or control characters in the address");
        }
        Matcher m = SCHEME.matcher(raw);
        if (m.matches()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            String rest = m.group(2);
            return switch (scheme) {
                case "guide" -> slugLink(rest, true);
                case "tool" -> slugLink(rest, false);
                case "http", "https" -> rest.startsWith("//") && rest.length() > 2
                        ? new External(raw) : new Rejected("incomplete web address");
                case "mailto" -> rest.isEmpty() ? new Rejected("empty e-mail address") : new Mail(raw);
                default -> new Rejected("scheme '" + scheme + ":' is not allowed");
            };
        }
        if (raw.startsWith("#")) {
            String id = raw.substring(1);
            return FRAGMENT.matcher(id).matches() ? new Fragment(id) : new Rejected("invalid section link");
        }
        if (raw.startsWith("/") || raw.contains("\\") || !RELATIVE.matcher(raw).matches()) {
            return new Rejected("invalid relative address");
        }
        return new Relative(raw);
    }

    static LinkTarget ofImage(String raw) {
        if (raw == null || hasControlOrSpace(raw)) {
            return new Rejected("spaces or control characters in the address");
        }
        Matcher m = IMAGE.matcher(raw);
        if (!m.matches()) {
            return new Rejected("images must be files in images/ (png, jpg, gif, webp)");
        }
        return new ContentImage(m.group(1));
    }

    private static LinkTarget slugLink(String rest, boolean guide) {
        int hash = rest.indexOf('#');
        String slug = hash < 0 ? rest : rest.substring(0, hash);
        String fragment = hash < 0 ? null : rest.substring(hash + 1);
        if (!SLUG.matcher(slug).matches() || (fragment != null && !FRAGMENT.matcher(fragment).matches())) {
            return new Rejected("invalid " + (guide ? "guide" : "tool") + " link, write "
                    + (guide ? "guide" : "tool") + ":slug");
        }
        return guide ? new Guide(slug, fragment) : new Tool(slug, fragment);
    }

    private static boolean hasControlOrSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || (c >= 0x7f && c <= 0xa0) || Character.isWhitespace(c) || Character.isISOControl(c)
                    || c == '\u200b' || c == '\ufeff' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
