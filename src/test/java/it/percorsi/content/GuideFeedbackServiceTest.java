package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@PercorsiTest
class GuideFeedbackServiceTest {

    @Autowired GuideFeedbackService feedback;
    @Autowired ContentImporter importer;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @TempDir Path root;
    String slug;

    @BeforeEach
    void aGuide() {
        slug = ContentTestData.uniqueSlug("fb");
        ContentFixture.write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Utile?", "base", "Testo."));
        importer.importFrom(root);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
    }

    @Test
    void a_reader_answers_once_and_can_change_the_answer() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(feedback.mine(slug)).isEmpty();
        feedback.answer(slug, true, "  Chiara.  ");
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> {
            assertThat(f.useful()).isTrue();
            assertThat(f.comment()).isEqualTo("Chiara.");
        });
        clock.advance(Duration.ofMinutes(5));
        feedback.answer(slug, false, "");
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> {
            assertThat(f.useful()).isFalse();
            assertThat(f.comment()).isNull();
        });

        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(feedback.forGuide(slug)).singleElement().satisfies(f -> assertThat(f.useful()).isFalse());
    }

    @Test
    void answers_are_per_user() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        feedback.answer(slug, true, null);
        clock.advance(Duration.ofMinutes(1));
        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        assertThat(feedback.mine(slug)).isEmpty();
        feedback.answer(slug, false, "Troppo lunga");
        TestUsers.loginAs(context, TestUsers.ADMIN);
        assertThat(feedback.forGuide(slug)).hasSize(2).extracting(GuideFeedback::comment)
                .containsExactly("Troppo lunga", null);
    }

    @Test
    void yes_or_no_is_required_and_the_comment_has_a_limit() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThatThrownBy(() -> feedback.answer(slug, null, "x".repeat(GuideFeedback.COMMENT_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("useful", "content.feedback.choose")
                        .containsEntry("comment", "content.feedback.tooLong"));
        feedback.answer(slug, true, "x".repeat(GuideFeedback.COMMENT_MAX_LENGTH));
        assertThat(feedback.mine(slug)).isPresent();
    }

    @Test
    void only_trainers_and_admins_read_the_answers() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        feedback.answer(slug, true, "Segreto?");
        assertThatThrownBy(() -> feedback.forGuide(slug)).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThatThrownBy(() -> feedback.forGuide(slug)).isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(feedback.forGuide(slug)).hasSize(1);
    }
}
