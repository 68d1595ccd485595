package it.percorsi.helpdesk.ui;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.DomEvent;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.SearchService;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.home.ui.ReferentHomeView;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.JsonNodeFactory;

/** While a referent writes a question, matching FAQs appear beside the form; reading one and leaving counts. */
@PercorsiTest
@ViewPackages(classes = {AskView.class, TicketPage.class, ReferentHomeView.class, AccessDeniedView.class})
class AskSuggestionsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired SearchService search;
    @Autowired MutableClock clock;
    @TempDir Path root;
    String faq;

    @BeforeEach
    void aFaq() {
        faq = ContentTestData.uniqueSlug("chiede");
        write(root, "faq/" + faq + ".md", """
                ---
                slug: %s
                question: Come si misura la coda alla biglietteria del traghetto?
                topic: metodo
                ---
                Contate le persone in fila ogni quarto d'ora.
                """.formatted(faq));
        assertThat(importer.importFrom(root).problems()).isEmpty();
        TestUsers.loginAs(context, TestUsers.REFERENT);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        ContentTestData.delete(context, ContentKind.FAQ, faq);
    }

    private long answeredWithoutTicket() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        try {
            return search.answeredWithoutTicket(1);
        } finally {
            TestUsers.loginAs(context, TestUsers.REFERENT);
        }
    }

    @Test
    void matching_faqs_appear_while_typing_open_in_a_new_tab_and_disappear_when_nothing_matches() {
        AskView ask = navigate(AskView.class);
        assertThat(ask.suggestions.isVisible()).isFalse();
        test(ask.subject).setValue("Code alla biglietteria del traghetto");
        assertThat(ask.suggestions.isVisible()).isTrue();
        Anchor link = $(Anchor.class).id("ask-suggestion-faq-" + faq);
        assertThat(link.getHref()).isEqualTo("faq/" + faq);
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getElement().getTextRecursively()).contains("(si apre in una nuova scheda)");

        long misses = context.getBean(it.percorsi.content.internal.SearchMissRepository.class).count();
        test(ask.subject).setValue("zqxwv kjhgfdsa");
        assertThat(ask.suggestions.isVisible()).isFalse();
        assertThat(ask.suggested).isEmpty();
        // what a referent types is never recorded nor indexed
        assertThat(context.getBean(it.percorsi.content.internal.SearchMissRepository.class).count()).isEqualTo(misses);
        assertThat(search.suggest("zqxwv", 5)).isEmpty();
    }

    @Test
    void reading_a_suggestion_and_leaving_without_sending_counts_as_answered_without_a_ticket() {
        long before = answeredWithoutTicket();
        AskView ask = navigate(AskView.class);
        test(ask.subject).setValue("biglietteria del traghetto");
        Anchor link = $(Anchor.class).id("ask-suggestion-faq-" + faq);
        link.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new DomEvent(link.getElement(), "click", JsonNodeFactory.instance.objectNode()));
        navigate(ReferentHomeView.class);
        assertThat(answeredWithoutTicket()).isEqualTo(before + 1);

        // leaving without opening anything does not count
        ask = navigate(AskView.class);
        test(ask.subject).setValue("biglietteria del traghetto");
        navigate(ReferentHomeView.class);
        assertThat(answeredWithoutTicket()).isEqualTo(before + 1);
    }

    @Test
    void a_question_sent_after_reading_a_suggestion_is_not_counted() {
        long before = answeredWithoutTicket();
        AskView ask = navigate(AskView.class);
        test(ask.subject).setValue("Biglietteria del traghetto: la coda non si misura");
        Anchor link = $(Anchor.class).id("ask-suggestion-faq-" + faq);
        link.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new DomEvent(link.getElement(), "click", JsonNodeFactory.instance.objectNode()));
        test(ask.body).setValue("Abbiamo letto la FAQ ma la fila è su due sportelli: come contiamo?");
        test(ask.send).click();
        assertThat(getCurrentView()).isInstanceOf(TicketPage.class);
        assertThat(answeredWithoutTicket()).isEqualTo(before);
    }
}
