package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Canned replies are drafts until published; only published ones are offered and can be filled in. */
@PercorsiTest
class CannedReplyWorkflowTest {

    @Autowired CannedReplyService canned;
    @Autowired ApplicationContext context;

    @AfterEach
    void cleanUp() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        canned.list().stream().filter(r -> r.title().startsWith("Flusso ")).forEach(r -> canned.delete(r.id()));
        TestUsers.logout();
    }

    @Test
    void a_new_reply_is_a_draft_not_offered_until_published_and_can_go_back_to_draft_or_be_archived() {
        HelpdeskTestSupport.referent(context, "Gino Flusso");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Flusso");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        CannedReplyView r = canned.save(null, "Flusso saluto", "Gentile {{richiedente}}.", 0);
        assertThat(r.state()).isEqualTo(CannedReplyState.DRAFT);
        assertThat(canned.list()).extracting(CannedReplyView::id).contains(r.id());
        assertThat(canned.available()).extracting(CannedReplyView::id).doesNotContain(r.id());
        assertThatThrownBy(() -> canned.fill(r.id(), t.id())).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("canned", "hd.error.notFound"));

        CannedReplyView published = canned.publish(r.id(), r.version());
        assertThat(published.state()).isEqualTo(CannedReplyState.PUBLISHED);
        assertThat(canned.available()).extracting(CannedReplyView::id).contains(r.id());
        assertThat(canned.fill(r.id(), t.id())).isEqualTo("Gentile Gino Flusso.");
        // editing keeps it published
        CannedReplyView edited = canned.save(r.id(), "Flusso saluto", "Buongiorno {{richiedente}}.",
                published.version());
        assertThat(edited.state()).isEqualTo(CannedReplyState.PUBLISHED);
        // a stale version and a refused move
        assertThatThrownBy(() -> canned.toDraft(r.id(), published.version())).isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> canned.publish(r.id(), edited.version())).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("state", "hd.canned.error.transition"));

        CannedReplyView draft = canned.toDraft(r.id(), edited.version());
        assertThat(draft.state()).isEqualTo(CannedReplyState.DRAFT);
        assertThat(canned.available()).extracting(CannedReplyView::id).doesNotContain(r.id());
        CannedReplyView archived = canned.archive(r.id(), draft.version());
        assertThat(archived.state()).isEqualTo(CannedReplyState.ARCHIVED);
        assertThat(canned.available()).extracting(CannedReplyView::id).doesNotContain(r.id());
        assertThatThrownBy(() -> canned.publish(r.id(), archived.version())) // back to draft first
                .isInstanceOfSatisfying(FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("state", "hd.canned.error.transition"));
        assertThatThrownBy(() -> canned.archive(r.id(), archived.version())).isInstanceOf(FieldErrors.class);
        assertThat(canned.toDraft(r.id(), archived.version()).state()).isEqualTo(CannedReplyState.DRAFT);
    }

    @Test
    void admins_manage_them_too_and_referents_and_trainers_are_refused() {
        TestUsers.loginAs(context, TestUsers.ADMIN);
        CannedReplyView r = canned.save(null, "Flusso admin", "Testo.", 0);
        CannedReplyView published = canned.publish(r.id(), r.version());
        assertThat(published.state()).isEqualTo(CannedReplyState.PUBLISHED);
        for (String who : java.util.List.of(TestUsers.REFERENT, TestUsers.TRAINER)) {
            TestUsers.loginAs(context, who);
            assertThatThrownBy(() -> canned.available()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> canned.publish(r.id(), r.version())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> canned.toDraft(r.id(), published.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> canned.archive(r.id(), published.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
