package it.percorsi.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.base.SiteContacts;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/** The four pages linked from every footer; public, so a visitor can read them before logging in. */
final class InfoPages {

    private InfoPages() {
    }

    /** Accessibility statement in the form AgID asks of public administrations' sites. */
    @Route(value = SiteChrome.ACCESSIBILITY_ROUTE, autoLayout = false)
    @AnonymousAllowed
    static class AccessibilityStatementView extends InfoPage {
        AccessibilityStatementView(ApplicationEventPublisher events, SiteContacts contacts) {
            super(events, contacts, "accessibility", List.of("status", "gaps", "method", "feedback", "enforcement", "date"));
        }
    }

    @Route(value = SiteChrome.LEGAL_ROUTE, autoLayout = false)
    @AnonymousAllowed
    static class LegalNotesView extends InfoPage {
        LegalNotesView(ApplicationEventPublisher events, SiteContacts contacts) {
            super(events, contacts, "legal", List.of("owner", "licence", "fonts"));
        }
    }

    @Route(value = SiteChrome.PRIVACY_ROUTE, autoLayout = false)
    @AnonymousAllowed
    static class PrivacyView extends InfoPage {
        PrivacyView(ApplicationEventPublisher events, SiteContacts contacts) {
            super(events, contacts, "privacy", List.of("controller", "data", "purpose", "retention", "rights"));
        }
    }

    @Route(value = SiteChrome.CONTACTS_ROUTE, autoLayout = false)
    @AnonymousAllowed
    static class ContactsView extends InfoPage {
        ContactsView(ApplicationEventPublisher events, SiteContacts contacts) {
            super(events, contacts, "contacts", List.of("helpdesk", "accessibility"));
        }
    }
}
