package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.path.StepAction;
import org.springframework.stereotype.Component;

/** "Ask the help desk about this step" on every path step, opening the form with the step pre-filled. */
@Component
class AskFromStepAction implements StepAction {

    @Override
    public String id() {
        return "ask";
    }

    @Override
    public String labelKey() {
        return "hd.askFromStep";
    }

    @Override
    public String route(long pathStepId) {
        return HelpdeskRoutes.askFromStep(pathStepId);
    }
}
