package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.PercorsiTest;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.notification.OutboxEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without a configured mailbox nothing polls and nothing breaks; help-desk mails still thread by Message-ID. */
@PercorsiTest
class InboundMailOffTest {

    @Autowired ApplicationContext context;
    @Autowired InboundMailPoller poller;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void no_mailbox_configured_means_no_poller_no_schedule_and_no_reply_token() {
        assertThat(poller.isConfigured()).isFalse();
        assertThat(poller.poll()).isZero();
        assertThat(context.getBeanNamesForType(InboundMailScheduler.class)).isEmpty();

        String referent = HelpdeskTestSupport.referent(context, "Sara Spenta");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Senza casella");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        context.getBean(TicketService.class).reply(t.id(), "Risposta senza casella.", null, t.version(),
                java.util.List.of());
        OutboxEntry answer = TestMails.to(context, referent).stream().filter(m -> m.subject().contains(t.number()))
                .findFirst().orElseThrow();
        assertThat(answer.messageId()).matches("<hd\\.[0-9a-f-]+@percorsi\\.local>");
        assertThat(answer.replyTo()).isNull();
    }
}
