package it.percorsi.helpdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.helpdesk.CannedReplyService;
import it.percorsi.helpdesk.CannedReplyView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Canned replies are written in the shared markdown editor, previewed as a ticket shows them. */
@PercorsiTest
@ViewPackages(classes = {CannedRepliesView.class, AccessDeniedView.class})
class CannedRepliesEditorTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired CannedReplyService replies;

    @BeforeEach
    void staff() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        replies.list().stream().filter(r -> r.title().startsWith("Anteprima "))
                .forEach(r -> replies.delete(r.id()));
        TestUsers.logout();
    }

    @Test
    void the_preview_follows_the_text_safely_and_the_reply_is_saved() {
        CannedRepliesView view = navigate(CannedRepliesView.class);
        test(view.title).setValue("Anteprima di prova");
        test(view.body).setValue("Gentile {{requester}},\n\n- **primo** passo\n- [guida](javascript:alert(1))"
                + "\n\n<script>alert(1)</script>");
        String html = view.editor.previewHtml();
        assertThat(html).contains("<strong>primo</strong>").contains("<li>")
                .doesNotContain("<script").doesNotContain("javascript:");
        assertThat(html).contains("&lt;script&gt;");
        test(view.save).click();
        assertThat(replies.list()).extracting(CannedReplyView::title).contains("Anteprima di prova");
        assertThat(replies.list().stream().filter(r -> r.title().equals("Anteprima di prova")).findFirst()
                .orElseThrow().body()).startsWith("Gentile {{requester}},");
    }

    @Test
    void a_new_reply_is_saved_as_a_draft_and_published_from_the_page() {
        CannedRepliesView view = navigate(CannedRepliesView.class);
        assertThat(view.state.getText()).isEqualTo("Nuova risposta: sarà salvata come bozza.");
        assertThat(view.publish.isVisible()).isFalse();
        test(view.title).setValue("Anteprima flusso");
        test(view.body).setValue("Testo della risposta.");
        test(view.save).click();
        assertThat(view.state.getText()).isEqualTo("Stato: Bozza");
        assertThat(view.grid.getColumnByKey("state").getHeaderText()).isEqualTo("Stato");
        assertThat(view.publish.isVisible()).isTrue();
        assertThat(view.toDraft.isVisible()).isFalse();
        assertThat(replies.available()).extracting(CannedReplyView::title).doesNotContain("Anteprima flusso");

        test(view.publish).click();
        assertThat(view.state.getText()).isEqualTo("Stato: Pubblicata");
        assertThat(replies.available()).extracting(CannedReplyView::title).contains("Anteprima flusso");
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(view.toDraft.isVisible()).isTrue();

        test(view.toDraft).click();
        assertThat(view.state.getText()).isEqualTo("Stato: Bozza");
        assertThat(replies.available()).extracting(CannedReplyView::title).doesNotContain("Anteprima flusso");
        test(view.archive).click();
        assertThat(view.state.getText()).isEqualTo("Stato: Archiviata");
        assertThat(view.publish.isVisible()).isFalse();
    }
}
