package it.percorsi.notification;

import it.percorsi.account.MembershipEvents;
import it.percorsi.account.PasswordResetRequested;
import it.percorsi.account.ReferentRegistered;
import it.percorsi.account.RegistrationRepeated;
import it.percorsi.account.StaffInvited;
import it.percorsi.base.i18n.TranslationProvider;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns account events into mails. Listeners run synchronously inside the publishing
 * transaction, so the mail row commits (or rolls back) together with the change.
 */
@Component
class AccountMails {

    private final MailOutbox outbox;

    AccountMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ReferentRegistered e) {
        Locale l = Locale.forLanguageTag(e.locale());
        outbox.enqueue(e.email(), t("mail.verify.subject", l), t("mail.verify.body", l, e.fullName(), e.verificationLink()));
    }

    @EventListener
    void on(RegistrationRepeated e) {
        Locale l = Locale.forLanguageTag(e.locale());
        outbox.enqueue(e.email(), t("mail.repeated.subject", l), t("mail.repeated.body", l, e.passwordResetPage()));
    }

    @EventListener
    void on(PasswordResetRequested e) {
        Locale l = Locale.forLanguageTag(e.locale());
        outbox.enqueue(e.email(), t("mail.reset.subject", l), t("mail.reset.body", l, e.resetLink()));
    }

    @EventListener
    void on(StaffInvited e) {
        Locale l = Locale.forLanguageTag(e.locale());
        outbox.enqueue(e.email(), t("mail.invite.subject", l),
                t("mail.invite.body", l, e.invitedBy(), t("role." + e.role().name(), l), e.invitationLink()));
    }

    @EventListener
    void on(MembershipEvents.JoinRequested e) {
        for (MembershipEvents.Recipient r : e.approvers()) {
            Locale l = Locale.forLanguageTag(r.locale());
            outbox.enqueue(r.email(), t("mail.join.requested.subject", l, e.administrationName()),
                    t("mail.join.requested.body", l, e.applicantName(), e.applicantEmail(), e.administrationName(),
                            e.decisionLink()));
        }
    }

    @EventListener
    void on(MembershipEvents.JoinDecided e) {
        Locale l = Locale.forLanguageTag(e.locale());
        String kind = e.approved() ? "approved" : "refused";
        outbox.enqueue(e.email(), t("mail.join." + kind + ".subject", l, e.administrationName()),
                t("mail.join." + kind + ".body", l, e.administrationName(), e.loginLink()));
    }

    @EventListener
    void on(MembershipEvents.ColleagueInvited e) {
        Locale l = Locale.forLanguageTag(e.locale());
        outbox.enqueue(e.email(), t("mail.colleague.subject", l, e.administrationName()),
                t("mail.colleague.body", l, e.invitedBy(), e.administrationName(), e.invitationLink()));
    }

    private static String t(String key, Locale locale, Object... params) {
        return TranslationProvider.translate(key, locale, params);
    }
}
