package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.FaqDraftInfo;
import it.percorsi.content.FaqDraftService;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideService;
import it.percorsi.content.SearchRequest;
import it.percorsi.content.SearchService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The knowledge loop: a resolved ticket becomes an anonymised draft, a trainer publishes it as a FAQ. */
@PercorsiTest
class FaqPromotionTest {

    @Autowired TicketService tickets;
    @Autowired TicketFaqService promotion;
    @Autowired FaqDraftService drafts;
    @Autowired GuideService guides;
    @Autowired SearchService search;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    String published;

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        if (published != null) {
            ContentTestData.delete(context, ContentKind.FAQ, published);
        }
    }

    private TicketDetails resolvedTicket() {
        HelpdeskTestSupport.referent(context, "Ornella Vanoni");
        TicketDetails t = tickets.ask(new TicketRequest("Quante interviste servono per la mensa scolastica?",
                "Sono Ornella Vanoni, referente per la mensa. Il mio numero è 333 765 4321. Abbiamo 900 famiglie.",
                TicketCategory.SURVEY, null), List.of());
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        TicketDetails staff = tickets.ticket(t.id());
        staff = tickets.addNote(t.id(), "NOTA INTERNA: la referente è parente del sindaco", staff.version());
        staff = tickets.reply(t.id(), "Con 900 famiglie servono circa 270 risposte per un margine del 5%. "
                + "Ornella, se vuole la richiamo io.", TicketStatus.RESOLVED, staff.version(), List.of());
        assertThat(staff.status()).isEqualTo(TicketStatus.RESOLVED);
        return staff;
    }

    @Test
    void staff_promote_a_resolved_ticket_and_the_draft_is_anonymised_without_internal_notes() {
        TicketDetails t = resolvedTicket();
        FaqDraftInfo draft = promotion.promote(t.id());
        assertThat(draft.question()).isEqualTo("Quante interviste servono per la mensa scolastica?");
        String all = draft.question() + draft.asked() + draft.answer();
        assertThat(all).doesNotContain("Ornella", "Vanoni", "333", "4321", t.administrationName(), "NOTA INTERNA", "sindaco");
        assertThat(draft.asked()).contains("[nome]", "[telefono]", "Abbiamo 900 famiglie");
        assertThat(draft.answer()).startsWith("Con 900 famiglie servono circa 270 risposte per un margine del 5%.");
        assertThat(draft.sourceTicketNumber()).isEqualTo(t.number());
        // proposing twice keeps one draft
        assertThat(promotion.promote(t.id()).id()).isEqualTo(draft.id());
    }

    @Test
    void only_resolved_tickets_and_only_staff() {
        HelpdeskTestSupport.referent(context, "Aldo Aperto");
        TicketDetails open = HelpdeskTestSupport.ask(context, "Una domanda ancora aperta");
        assertThatThrownBy(() -> promotion.promote(open.id())).isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThatThrownBy(() -> promotion.promote(open.id())).isInstanceOf(FieldErrors.class)
                .satisfies(e -> assertThat(((FieldErrors) e).errors()).containsEntry("faq", "hd.faq.notResolved"));
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThatThrownBy(() -> promotion.promote(open.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_trainer_publishes_the_draft_as_a_faq_that_staff_trace_back_to_its_ticket() {
        TicketDetails t = resolvedTicket();
        FaqDraftInfo draft = promotion.promote(t.id());

        // a draft is not published: nobody finds it
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(search.search(SearchRequest.of("mensa scolastica interviste"), 20).hits())
                .extracting(h -> h.title().it()).doesNotContain(draft.question());
        assertThat(guides.faqIndex()).extracting(f -> f.question().it()).doesNotContain(draft.question());

        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(drafts.pending()).extracting(FaqDraftInfo::id).contains(draft.id());
        assertThatThrownBy(() -> drafts.submitForReview(draft.id(), draft.version(), " ", "", null))
                .isInstanceOf(FieldErrors.class).satisfies(e -> assertThat(((FieldErrors) e).errors())
                        .containsEntry("question", "validation.required").containsEntry("answer", "validation.required")
                        .containsEntry("topic", "validation.required"));
        it.percorsi.content.DraftInfo inReview = drafts.submitForReview(draft.id(), draft.version(),
                "Quante risposte servono per 900 famiglie?", "Circa **270** risposte per un margine del 5%.",
                FaqTopic.METODO);
        published = inReview.slug();
        assertThat(inReview.state()).isEqualTo(it.percorsi.content.DraftState.IN_REVIEW);
        assertThat(drafts.pending()).extracting(FaqDraftInfo::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> drafts.submitForReview(draft.id(), draft.version(), "Di nuovo?", "Sì.",
                FaqTopic.METODO)).isInstanceOf(FieldErrors.class);
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(guides.findFaq(published)).as("in review, not yet published").isEmpty();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        context.getBean(it.percorsi.content.AuthoringService.class).publish(inReview.id(), inReview.version());

        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(guides.findFaq(published)).hasValueSatisfying(f -> {
            assertThat(f.question().it()).isEqualTo("Quante risposte servono per 900 famiglie?");
            assertThat(f.answerHtml()).contains("<strong>270</strong>");
        });
        assertThat(search.search(SearchRequest.of("famiglie"), 20).hits()).extracting(h -> h.slug()).contains(published);
        assertThat(drafts.sourceTicket(published)).isEmpty(); // referents never see the source ticket
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(drafts.sourceTicket(published)).hasValueSatisfying(s -> {
            assertThat(s.number()).isEqualTo(t.number());
            assertThat(s.route()).isEqualTo(HelpdeskRoutes.ticket(t.id()));
        });
    }

    @Test
    void a_discarded_draft_leaves_the_queue_and_publishes_nothing() {
        TicketDetails t = resolvedTicket();
        FaqDraftInfo draft = promotion.promote(t.id());
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThatThrownBy(() -> drafts.pending()).isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        drafts.discard(draft.id(), draft.version());
        assertThat(drafts.pending()).extracting(FaqDraftInfo::id).doesNotContain(draft.id());
        assertThat(drafts.draft(draft.id())).hasValueSatisfying(d -> assertThat(d.status()).isEqualTo("DISCARDED"));
    }
}
