package it.percorsi.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.ContentFixture;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentProperties;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.GuideService;
import it.percorsi.content.MarkdownRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Issue 14: a restart whose database already holds a library does not make readiness wait for the
 * content import; the import (checksums, and the full import of what changed) runs once the portal is
 * ready, on its own thread. The first start of an empty database still imports before readiness.
 */
@PercorsiTest
class ImportAfterReadyTest {

    @Autowired ContentDocumentRepository documents;
    @Autowired ContentRevisionRepository revisions;
    @Autowired ContentProblemRegistry registry;
    @Autowired MarkdownRenderer renderer;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired ContentImages images;
    @Autowired RevisionWriter writer;
    @Autowired GuideService guides;
    @Autowired ApplicationContext context;

    @TempDir Path root;
    final String slug = ContentTestData.uniqueSlug("after-ready");

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
    }

    private ContentImporter importer(boolean afterReady) {
        return new ContentImporter(new ContentProperties(root, true, afterReady, DataSize.ofMegabytes(2)),
                ContentLibrary.of(root), documents, revisions, registry, renderer, transactions, clock, images, writer);
    }

    private String title() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        try {
            return guides.findGuide(slug).map(g -> g.title().it()).orElse(null);
        } finally {
            TestUsers.logout();
        }
    }

    @Test
    void with_a_library_in_the_database_the_import_waits_for_readiness_and_runs_on_its_own_thread() throws Exception {
        assertThat(documents.count()).as("the test database holds the fixture library").isPositive();
        ContentFixture.write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Guida dopo l'avvio", "base", "Testo."));
        ContentImporter importer = importer(true);

        importer.run(new DefaultApplicationArguments());
        assertThat(title()).as("nothing imported before readiness").isNull();
        assertThat(importer.awaitImportAfterReady(Duration.ofMillis(50))).isFalse();

        importer.importAfterReady();
        Thread background = importer.background;
        assertThat(background).as("the listener of readiness only starts the import").isNotNull()
                .isNotSameAs(Thread.currentThread());
        assertThat(background.getName()).isEqualTo("content-import");
        assertThat(importer.awaitImportAfterReady(Duration.ofSeconds(30))).isTrue();
        assertThat(title()).isEqualTo("Guida dopo l'avvio");

        importer.importAfterReady(); // a second ready event starts nothing
        assertThat(importer.background).isSameAs(background);
    }

    @Test
    void without_import_after_ready_the_import_runs_before_readiness_as_on_a_first_start() throws Exception {
        ContentFixture.write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Guida prima dell'avvio", "base", "Testo."));
        ContentImporter importer = importer(false);

        importer.run(new DefaultApplicationArguments());
        assertThat(title()).isEqualTo("Guida prima dell'avvio");
        assertThat(importer.awaitImportAfterReady(Duration.ZERO)).isTrue();
        importer.importAfterReady();
        assertThat(importer.background).isNull();
    }
}
