package it.percorsi.helpdesk;

import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentTestSupport;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** Referents of fresh administrations asking questions, for help-desk tests sharing one context. */
public final class HelpdeskTestSupport {

    private HelpdeskTestSupport() {
    }

    /** Registers a referent of a new administration and logs in as them; returns the e-mail. */
    public static String referent(ApplicationContext context, String name) {
        String email = AssessmentTestSupport.newReferent(context, name);
        TestUsers.loginAs(context, email);
        return email;
    }

    public static TicketDetails ask(ApplicationContext context, String subject) {
        return context.getBean(TicketService.class).ask(new TicketRequest(subject, "Come si **compila** il questionario?",
                TicketCategory.SURVEY, null), List.of());
    }
}
