package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Was this useful?" on FAQs, and the most useful FAQs of a topic listed first. */
@PercorsiTest
class FaqUsefulnessTest {

    @Autowired GuideService guides;
    @Autowired GuideFeedbackService feedback;
    @Autowired ContentImporter importer;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @TempDir Path root;
    String first;
    String second;

    @BeforeEach
    void twoFaqs() {
        // "A..." sorts before "Z..." by question: usefulness has to overturn that order
        first = ContentTestData.uniqueSlug("utile-a");
        second = ContentTestData.uniqueSlug("utile-z");
        write(root, "faq/" + first + ".md", faq(first, "Accettare risposte anonime?"));
        write(root, "faq/" + second + ".md", faq(second, "Zero risposte dopo un mese, che fare?"));
        assertThat(importer.importFrom(root).problems()).isEmpty();
    }

    private static String faq(String slug, String question) {
        return """
                ---
                slug: %s
                question: %s
                topic: organizzazione
                ---
                Una risposta.
                """.formatted(slug, question);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        ContentTestData.delete(context, ContentKind.FAQ, first);
        ContentTestData.delete(context, ContentKind.FAQ, second);
    }

    private List<String> ours() {
        return guides.faqIndex().stream().map(FaqItem::slug).filter(s -> s.equals(first) || s.equals(second)).toList();
    }

    @Test
    void the_faq_readers_find_useful_rises_above_the_others_of_its_topic() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(ours()).containsExactly(first, second);
        feedback.answer(ContentKind.FAQ, second, true, null);
        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        feedback.answer(ContentKind.FAQ, second, true, "Chiara.");
        feedback.answer(ContentKind.FAQ, first, false, null);
        assertThat(ours()).containsExactly(second, first);
        assertThat(feedback.mine(ContentKind.FAQ, second)).hasValueSatisfying(f -> assertThat(f.useful()).isTrue());

        // an answer can be changed, not doubled
        TestUsers.loginAs(context, TestUsers.REFERENT);
        feedback.answer(ContentKind.FAQ, second, false, null);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(feedback.forDocument(ContentKind.FAQ, second)).hasSize(2);
    }

    @Test
    void an_answer_needs_yes_or_no_and_a_published_faq() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThatThrownBy(() -> feedback.answer(ContentKind.FAQ, first, null, "x")).isInstanceOf(FieldErrors.class);
        assertThatThrownBy(() -> feedback.answer(ContentKind.FAQ, "nessuna-faq", true, null))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void the_score_trusts_many_answers_more_than_a_few() {
        assertThat(GuideService.usefulnessScore(0, 0)).isZero();
        assertThat(GuideService.usefulnessScore(1, 1)).isLessThan(GuideService.usefulnessScore(40, 42));
        assertThat(GuideService.usefulnessScore(5, 10)).isLessThan(GuideService.usefulnessScore(9, 10));
        assertThat(GuideService.usefulnessScore(10, 10)).isBetween(0.0, 1.0);
    }
}
