package it.percorsi.assessment;

/** The self-assessment's routes and the typed links to them, for its views and other features. */
public final class AssessmentRoutes {

    /** The questionnaire wizard (and the overview of past assessments). */
    public static final String ASSESSMENT = "autovalutazione";
    /** The results of one completed assessment: {@code autovalutazione/risultati/{id}}. */
    public static final String RESULTS = ASSESSMENT + "/risultati";
    public static final String RESULTS_TEMPLATE = RESULTS + "/:id?([0-9]{1,18})";

    private AssessmentRoutes() {
    }

    public static String results(long assessmentId) {
        return RESULTS + "/" + assessmentId;
    }
}
