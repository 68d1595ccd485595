package it.percorsi.notification;

import it.percorsi.account.BaseUrl;
import it.percorsi.base.i18n.TranslationProvider;
import it.percorsi.helpdesk.HelpdeskEvents.CallBooked;
import it.percorsi.helpdesk.HelpdeskEvents.CallCancelled;
import it.percorsi.helpdesk.HelpdeskEvents.CallDetails;
import it.percorsi.helpdesk.HelpdeskEvents.CallInvitation;
import it.percorsi.helpdesk.HelpdeskEvents.CallUpdated;
import it.percorsi.helpdesk.HelpdeskEvents.TicketAnswered;
import it.percorsi.helpdesk.HelpdeskEvents.TicketCreated;
import it.percorsi.helpdesk.HelpdeskEvents.TicketOverdue;
import it.percorsi.helpdesk.HelpdeskEvents.TicketRatedPoorly;
import it.percorsi.helpdesk.HelpdeskEvents.TicketResolved;
import it.percorsi.helpdesk.HelpdeskEvents.TicketStatusChanged;
import it.percorsi.helpdesk.HelpdeskEvents.TicketUpdatedByRequester;
import it.percorsi.helpdesk.MailThreads;
import it.percorsi.helpdesk.MailThreads.Threading;
import it.percorsi.helpdesk.Recipient;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Help-desk events to mails and in-app notifications, in each recipient's language, inside the
 * publishing transaction (DD002). Subjects start with the ticket number in brackets; each mail
 * has its own Message-ID and, with replies by e-mail on, a Reply-To with a reply token (DD009).
 * Events never carry internal notes, so no mail can leak one.
 */
@Component
class HelpdeskMails {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Threading NO_THREADING = new Threading(null, null);

    private final MailOutbox outbox;
    private final NotificationService notifications;
    private final BaseUrl baseUrl;
    private final MailThreads threads;

    HelpdeskMails(MailOutbox outbox, NotificationService notifications, BaseUrl baseUrl, MailThreads threads) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.baseUrl = baseUrl;
        this.threads = threads;
    }

    @EventListener
    void on(TicketCreated e) {
        for (Recipient r : e.to()) {
            send(r, e.number(), "hd.mail.created", e.route(), e.subject(), e.administrationName(), e.requesterName());
        }
    }

    @EventListener
    void on(TicketAnswered e) {
        send(e.to(), e.number(), "hd.mail.answered", e.route(), e.subject(), e.authorName(), e.text());
    }

    @EventListener
    void on(TicketUpdatedByRequester e) {
        for (Recipient r : e.to()) {
            send(r, e.number(), "hd.mail.requesterReplied", e.route(), e.subject(), e.requesterName(), e.text());
        }
    }

    @EventListener
    void on(TicketStatusChanged e) {
        Locale l = e.to().locale();
        send(e.to(), e.number(), "hd.mail.status", e.route(), e.subject(), t("hd.status." + e.status().name(), l));
    }

    @EventListener
    void on(TicketResolved e) {
        Locale l = e.to().locale();
        String links = IntStream.range(0, e.ratingRoutes().size())
                .mapToObj(i -> t("hd.mail.resolved.rateLine", l, i + 1, baseUrl.absolute(e.ratingRoutes().get(i))))
                .collect(Collectors.joining("\n"));
        send(e.to(), e.number(), "hd.mail.resolved", e.route(), e.subject(), links, date(e.ratingLinkExpiresAt(), l));
    }

    @EventListener
    void on(TicketOverdue e) {
        for (Recipient r : e.to()) {
            Locale l = r.locale();
            send(r, e.number(), "hd.mail.overdue", e.route(), e.subject(),
                    t(e.firstResponse() ? "hd.sla.firstResponse" : "hd.sla.resolution", l), date(e.dueAt(), l));
        }
    }

    @EventListener
    void on(TicketRatedPoorly e) {
        for (Recipient r : e.to()) {
            send(r, e.number(), "hd.mail.ratedPoorly", e.route(), e.subject(), e.score(),
                    e.comment() == null ? "-" : e.comment());
        }
    }

    @EventListener
    void on(CallBooked e) {
        for (CallInvitation i : e.invitations()) {
            sendCall(i, e.call(), "hd.mail.callBooked", false, "");
        }
    }

    @EventListener
    void on(CallUpdated e) {
        for (CallInvitation i : e.invitations()) {
            sendCall(i, e.call(), "hd.mail.callUpdated", false, "");
        }
    }

    @EventListener
    void on(CallCancelled e) {
        for (CallInvitation i : e.invitations()) {
            sendCall(i, e.call(), "hd.mail.callCancelled", true, e.cancelledBy());
        }
    }

    /**
     * A call mail with its .ics attached. Parameters: {0} ticket number (or empty), {1} link,
     * {2} start, {3} minutes, {4} what it is about, {5} video link, {6} operator, {7} referent,
     * {8} administration, {9} who cancelled. The subject starts with the ticket number when
     * the call is about a ticket.
     */
    private void sendCall(CallInvitation i, CallDetails c, String key, boolean cancel, String cancelledBy) {
        Recipient r = i.to();
        Locale l = r.locale();
        String about = c.ticketNumber() == null ? c.about() : c.ticketNumber() + " · " + c.about();
        Object[] params = {c.ticketNumber() == null ? "" : c.ticketNumber(), baseUrl.absolute(i.route()),
                date(c.startsAt(), l), c.minutes(), about, c.videoLink(), c.staffName(), c.referentName(),
                c.administrationName() == null ? "-" : c.administrationName(), cancelledBy};
        String subject = (c.ticketNumber() == null ? "" : "[" + c.ticketNumber() + "] ") + t(key + ".subject", l, params);
        Threading th = threads.issue(c.ticketNumber(), r.userId()).orElse(NO_THREADING);
        outbox.enqueueThreaded(r.email(), subject, t(key + ".body", l, params), t("hd.mail.call.file", l),
                "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST"), i.ics(), th.messageId(), th.replyTo());
        notifications.add(r.userId(), t(key + ".notice", l, params), i.route());
    }

    /**
     * Mail "{key}.subject" / "{key}.body" and in-app "{key}.notice"; parameters: {0} number,
     * {1} link, then the event's own values from {2} on.
     */
    private void send(Recipient r, String number, String key, String route, Object... values) {
        Locale l = r.locale();
        Object[] params = new Object[values.length + 2];
        params[0] = number;
        params[1] = baseUrl.absolute(route);
        System.arraycopy(values, 0, params, 2, values.length);
        Threading th = threads.issue(number, r.userId()).orElse(NO_THREADING);
        outbox.enqueueThreaded(r.email(), "[" + number + "] " + t(key + ".subject", l, params),
                t(key + ".body", l, params), th.messageId(), th.replyTo());
        notifications.add(r.userId(), t(key + ".notice", l, params), route);
    }

    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(TranslationProvider.supported(locale)).withZone(ROME).format(instant);
    }

    private static String t(String key, Locale locale, Object... params) {
        return TranslationProvider.translate(key, locale, params);
    }

    static List<String> keys() {
        return List.of("hd.mail.created", "hd.mail.answered", "hd.mail.requesterReplied", "hd.mail.status",
                "hd.mail.resolved", "hd.mail.overdue", "hd.mail.ratedPoorly", "hd.mail.callBooked",
                "hd.mail.callUpdated", "hd.mail.callCancelled");
    }
}
