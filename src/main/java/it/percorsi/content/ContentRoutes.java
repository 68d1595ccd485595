package it.percorsi.content;

import it.percorsi.base.ui.SiteChrome;

/**
 * The portal routes of the content module, so other modules (the path engine, the help desk)
 * can link to a guide or a tool without knowing the view classes. Routes are relative to the
 * application root, as Vaadin router links are.
 */
public final class ContentRoutes {

    public static final String LIBRARY = SiteChrome.LIBRARY_ROUTE;
    public static final String GUIDE_TEMPLATE = LIBRARY + "/:slug";
    public static final String TOOLS = "strumenti";
    public static final String TOOL_TEMPLATE = TOOLS + "/:slug";
    public static final String PROBLEMS = "contenuti/problemi";
    public static final String FAQ = "faq";
    public static final String FAQ_TEMPLATE = FAQ + "/:slug";
    public static final String SEARCH = "cerca";
    public static final String SEARCH_INDEX = "contenuti/indice-ricerca";
    public static final String FAQ_DRAFTS = "contenuti/bozze-faq";
    /** The revision history of one document (TRAINER/ADMIN); kind is guide, tool or faq. */
    public static final String REVISIONS_TEMPLATE = "contenuti/revisioni/:kind/:slug";
    /** The editor of an existing document's draft (TRAINER/ADMIN); kind is guide, tool or faq. */
    public static final String EDIT_TEMPLATE = "contenuti/modifica/:kind/:slug";
    /** The editor of a new document's draft. */
    public static final String NEW_TEMPLATE = "contenuti/nuovo/:kind";
    /** Drafts being written, the review queue and archived documents (TRAINER/ADMIN). */
    public static final String DRAFTS = "contenuti/bozze";
    /** Query parameter of the search page holding the words searched. */
    public static final String SEARCH_PARAMETER = "q";
    /** TRAINER/ADMIN: the pictures uploaded in the portal for guides (not under IMAGES, which serves them). */
    public static final String UPLOADED_IMAGES = "contenuti/immagini-caricate";
    /** Images of content/images are served under this path. */
    public static final String IMAGES = "contenuti/immagini";

    private ContentRoutes() {
    }

    public static String guide(String slug) {
        return LIBRARY + "/" + slug;
    }

    public static String tool(String slug) {
        return TOOLS + "/" + slug;
    }

    public static String faq(String slug) {
        return FAQ + "/" + slug;
    }

    /** The page of a published guide, tool or FAQ. */
    public static String of(ContentKind kind, String slug) {
        return switch (kind) {
            case GUIDE -> guide(slug);
            case TOOL -> tool(slug);
            case FAQ -> faq(slug);
        };
    }

    /** The revision history of a document. */
    public static String revisions(ContentKind kind, String slug) {
        return "contenuti/revisioni/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + slug;
    }

    /** The editor of a document's draft. */
    public static String edit(ContentKind kind, String slug) {
        return "contenuti/modifica/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + slug;
    }

    /** The editor of a new document of a kind. */
    public static String create(ContentKind kind) {
        return "contenuti/nuovo/" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The results page for these words (encoded for a URL). */
    public static String search(String text) {
        return SEARCH + "?" + SEARCH_PARAMETER + "="
                + java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Query parameter of a guide page naming the page to go back to (only a path step is accepted). */
    public static final String RETURN_PARAMETER = "da";

    /**
     * True for an accepted return address: a route inside the portal naming one object (words and
     * a numeric id, e.g. a path step). Nothing else is followed, so the parameter is never an open
     * redirect.
     */
    public static boolean isReturnAddress(String route) {
        return route != null && route.matches("[a-z][a-z-]{0,40}(/[a-z][a-z-]{0,40}){0,2}/[0-9]{1,18}");
    }

    /** A guide link that offers the way back to the page it was opened from. */
    public static String withReturnTo(String guideRoute, String returnRoute) {
        return guideRoute + "?" + RETURN_PARAMETER + "=" + returnRoute;
    }

    public static String image(String pathInImagesFolder) {
        return IMAGES + "/" + pathInImagesFolder;
    }
}
