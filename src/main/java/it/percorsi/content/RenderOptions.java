package it.percorsi.content;

/**
 * How to render one piece of markdown.
 *
 * @param selfRoute         the route of the page showing the text (e.g. "guide/focus-group"), used
 *                          for in-page links because the portal's base href would send "#x" to the
 *                          home page; null when the text has no page of its own
 * @param idPrefix          prepended to every generated id, so user text cannot clobber the ids of
 *                          the page around it
 * @param headingOffset     added to every heading level (capped at 6), so the text's headings sit
 *                          below the page's own
 * @param stripLeadingTitle drop a leading "# Title": the page shows the title already
 */
public record RenderOptions(String selfRoute, String idPrefix, int headingOffset, boolean stripLeadingTitle) {

    public RenderOptions {
        idPrefix = idPrefix == null ? "" : idPrefix;
        headingOffset = Math.max(0, Math.min(5, headingOffset));
    }

    /** A guide or tool page: its H2 is the title, so "## Section" renders as h3. */
    public static RenderOptions page(String route) {
        return new RenderOptions(route, "", 1, true);
    }

    /** Text written by users (tickets, comments): ids prefixed, headings from h4 down. */
    public static RenderOptions untrusted() {
        return new RenderOptions(null, "user-content-", 3, false);
    }
}
