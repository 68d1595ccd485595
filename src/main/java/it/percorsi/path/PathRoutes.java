package it.percorsi.path;

/** The recommended path's routes and the typed links to them, for its views and other features. */
public final class PathRoutes {

    /** The administration's current path. */
    public static final String PATH = "percorso";
    /** The path with one step opened: {@code percorso/{stepId}}. */
    public static final String STEP_TEMPLATE = PATH + "/:stepId?([0-9]{1,18})";

    /** The FAQs of the current path, step by step. */
    public static final String FAQS = PATH + "/domande";

    /** TRAINER/ADMIN: the YAML editor of the path library and the questionnaire, with "try it". */
    public static final String EDITOR = "contenuti/modifica-percorsi";

    private PathRoutes() {
    }

    /** The path page with the given step (row id) opened. */
    public static String step(long pathStepId) {
        return PATH + "/" + pathStepId;
    }

    /** True for the route of a path page with one step opened. */
    public static boolean isStep(String route) {
        return route != null && route.matches(PATH + "/[0-9]{1,18}");
    }
}
