package it.percorsi.path;

/**
 * A link another feature offers on every step of a path (e.g. the help desk's "ask about this
 * step"). Features that depend on the path contribute one as a Spring bean, so the path never
 * needs to know their routes.
 */
public interface StepAction {

    /** Short id, unique among actions, used in element ids ({@code <id>-<stepId>}). */
    String id();

    /** Translation key of the link text. */
    String labelKey();

    /** The route the link opens for the step with the given row id. */
    String route(long pathStepId);
}
