package it.percorsi.helpdesk;

import it.percorsi.account.Contact;
import java.util.Locale;

/** Someone a help-desk event must reach, by mail and in the portal (userId), in their language. */
public record Recipient(Long userId, String email, String name, Locale locale) {

    static Recipient of(Contact c) {
        return new Recipient(c.id(), c.email(), c.fullName(), c.locale());
    }
}
