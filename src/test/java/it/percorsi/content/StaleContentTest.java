package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Trainers see which published content has not changed for a long time. */
@PercorsiTest
class StaleContentTest {

    @Autowired GuideService guides;
    @Autowired ContentRevisionService revisions;
    @Autowired ContentImporter importer;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @TempDir Path root;
    String old;
    String fresh;

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        ContentTestData.delete(context, ContentKind.GUIDE, old);
        ContentTestData.delete(context, ContentKind.GUIDE, fresh);
    }

    @Test
    void a_file_unchanged_for_two_years_is_listed_oldest_first_until_a_trainer_edits_it() throws Exception {
        old = ContentTestData.uniqueSlug("vecchia");
        fresh = ContentTestData.uniqueSlug("nuova");
        Path oldFile = write(root, "guides/" + old + ".md", ContentTestData.guide(old, "Una guida del 2024", "base", "Testo."));
        write(root, "guides/" + fresh + ".md", ContentTestData.guide(fresh, "Una guida recente", "base", "Testo."));
        Instant twoYearsAgo = clock.instant().minus(Duration.ofDays(730));
        Files.setLastModifiedTime(oldFile, FileTime.from(twoYearsAgo));
        assertThat(importer.importFrom(root).problems()).isEmpty();

        TestUsers.loginAs(context, TestUsers.TRAINER);
        var stale = guides.staleContent(12, clock.instant());
        assertThat(stale).extracting(GuideService.StaleContent::slug).contains(old).doesNotContain(fresh);
        assertThat(stale).filteredOn(c -> c.slug().equals(old)).singleElement().satisfies(c -> {
            assertThat(c.lastChanged()).isCloseTo(twoYearsAgo, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
            assertThat(c.route()).isEqualTo(ContentRoutes.guide(old));
        });
        assertThat(stale).isSortedAccordingTo(java.util.Comparator.comparing(GuideService.StaleContent::lastChanged));

        PortalEdits.publish(context, ContentKind.GUIDE, old, new PortalEdit("Una guida del 2024, riletta", "Riassunto.",
                "Testo aggiornato.", null));
        assertThat(guides.staleContent(12, clock.instant())).extracting(GuideService.StaleContent::slug).doesNotContain(old);

        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThatThrownBy(() -> guides.staleContent(12, clock.instant())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
