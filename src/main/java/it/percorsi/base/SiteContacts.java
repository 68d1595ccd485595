package it.percorsi.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The addresses the public pages give (accessibility statement, privacy, contacts): set them for
 * the real deployment (environment PERCORSI_CONTACTS_SUPPORT_EMAIL, PERCORSI_CONTACTS_ACCESSIBILITY_EMAIL,
 * PERCORSI_CONTACTS_PRIVACY_EMAIL);
 * the defaults are the demo's.
 */
@ConfigurationProperties("percorsi.contacts")
public record SiteContacts(
        @DefaultValue("supporto@percorsi.example.it") String supportEmail,
        @DefaultValue("accessibilita@percorsi.example.it") String accessibilityEmail,
        @DefaultValue("privacy@percorsi.example.it") String privacyEmail) {

    /** The message parameters of the public pages' texts: {0} support, {1} accessibility, {2} privacy. */
    public Object[] asParameters() {
        return new Object[] {supportEmail, accessibilityEmail, privacyEmail};
    }
}
