package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.FaqDraftInfo;
import it.percorsi.content.FaqTopic;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketFaqService;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Trainers review, correct and publish the FAQs the help desk proposed; the report shows what waits. */
@PercorsiTest
@ViewPackages(classes = {FaqDraftsView.class, ContentEditorView.class, FaqView.class, FaqIndexView.class, SearchReportView.class,
        AccessDeniedView.class})
class FaqDraftsViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired TicketFaqService promotion;
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

    private FaqDraftInfo proposed() {
        HelpdeskTestSupport.referent(context, "Teresa Mattei");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Come si presentano i risultati alla giunta?");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        TicketDetails staff = tickets.ticket(t.id());
        tickets.reply(t.id(), "Con una pagina di sintesi e tre azioni, Teresa.", TicketStatus.RESOLVED, staff.version(),
                List.of());
        return promotion.promote(t.id());
    }

    @Test
    void a_trainer_corrects_previews_and_publishes_a_draft_with_errors_next_to_the_fields() {
        FaqDraftInfo draft = proposed();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        SearchReportView report = navigate(SearchReportView.class);
        assertThat(report.draftsWaiting.getElement().getTextRecursively()).containsPattern("bozz[ae] in attesa");
        assertThat($(Anchor.class).id("drafts-link").getHref()).isEqualTo("contenuti/bozze-faq");

        FaqDraftsView view = navigate(FaqDraftsView.class);
        assertThat(view.pending).extracting(FaqDraftInfo::id).contains(draft.id());
        test($(com.vaadin.flow.component.button.Button.class).id("draft-open-" + draft.id())).click();
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.answer.getValue()).isEqualTo("Con una pagina di sintesi e tre azioni, [nome].");
        assertThat($(Anchor.class).id("draft-source").getHref()).isEqualTo("assistenza/richiesta/" + draft.sourceTicketId());

        view.answer.setValue("Con **una pagina** di sintesi e tre azioni.");
        assertThat(view.answerEditor.previewHtml()).contains("<strong>una pagina</strong>");
        test(view.publish).click();
        assertThat(view.topic.isInvalid()).isTrue(); // no topic yet: error next to the field, nothing lost
        assertThat(view.answer.getValue()).isEqualTo("Con **una pagina** di sintesi e tre azioni.");

        view.topic.setValue(FaqTopic.ORGANIZZAZIONE);
        test(view.publish).click();
        Anchor editorLink = $(Anchor.class).id("draft-published-link");
        assertThat(editorLink.getHref()).startsWith("contenuti/modifica/faq/");
        published = editorLink.getHref().substring("contenuti/modifica/faq/".length());
        assertThat(view.pending).extracting(FaqDraftInfo::id).doesNotContain(draft.id());
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(context.getBean(it.percorsi.content.GuideService.class).findFaq(published)).isEmpty();

        // the FAQ is in review: a trainer publishes it from the editor like any draft
        TestUsers.loginAs(context, TestUsers.TRAINER);
        UI.getCurrent().navigate(editorLink.getHref());
        ContentEditorView editorView = (ContentEditorView) getCurrentView();
        assertThat(editorView.state.getText()).isEqualTo("In revisione");
        assertThat(editorView.editor.getValue()).isEqualTo("Con **una pagina** di sintesi e tre azioni.");
        test(editorView.publish).click();
        Anchor open = new Anchor(it.percorsi.content.ContentRoutes.faq(published), "");
        UI.getCurrent().navigate(open.getHref());
        assertThat($(Anchor.class).id("faq-source-ticket").getText()).contains("HD-");
        TestUsers.loginAs(context, TestUsers.REFERENT);
        navigate(FaqIndexView.class);
        UI.getCurrent().navigate(open.getHref());
        assertThat($(Anchor.class).withId("faq-source-ticket").exists()).isFalse();
    }

    @Test
    void referents_and_help_desk_staff_cannot_open_the_drafts() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        UI.getCurrent().navigate("contenuti/bozze-faq");
        assertThat(getCurrentView()).isNotInstanceOf(FaqDraftsView.class);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        UI.getCurrent().navigate("contenuti/bozze-faq");
        assertThat(getCurrentView()).isNotInstanceOf(FaqDraftsView.class);
    }
}
