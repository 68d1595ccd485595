package it.percorsi.content;

/**
 * The portal routes of the content module, so other modules (the path engine, the help desk)
 * can link to a guide or a tool without knowing the view classes. Routes are relative to the
 * application root, as Vaadin router links are.
 */
public final class ContentRoutes {

    public static final String LIBRARY = "guide";
    public static final String GUIDE_TEMPLATE = "guide/:slug";
    public static final String TOOL_TEMPLATE = "strumenti/:slug";
    public static final String TOOLS = "strumenti";
    public static final String PROBLEMS = "contenuti/problemi";
    /** Images of content/images are served under this path. */
    public static final String IMAGES = "contenuti/immagini";

    private ContentRoutes() {
    }

    public static String guide(String slug) {
        return "guide/" + slug;
    }

    public static String tool(String slug) {
        return "strumenti/" + slug;
    }

    public static String image(String pathInImagesFolder) {
        return IMAGES + "/" + pathInImagesFolder;
    }
}
