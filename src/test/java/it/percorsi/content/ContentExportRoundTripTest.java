package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestClockConfiguration;
import it.percorsi.TestUsers;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentImages;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.internal.UploadedImageRepository;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.ContentSnapshot;
import it.percorsi.content.internal.DocumentSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export, unzip, validate, import into an emptied database: every document comes back the same,
 * including one edited in the portal. A database of its own and no import at start-up, so the
 * library holds exactly what this test put in it.
 */
@SpringBootTest(properties = {"percorsi.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:content-export-roundtrip;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ContentExportRoundTripTest {

    @Autowired ContentExportService export;
    @Autowired ContentRevisionService revisions;
    @Autowired ContentImporter importer;
    @Autowired ContentDocumentRepository documents;
    @Autowired ApplicationContext context;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ContentImageService imageUploads;
    @Autowired UploadedImageRepository uploads;
    @Autowired ContentImages images;
    @Autowired it.percorsi.path.PathEditorService pathEditor;
    @Autowired it.percorsi.path.PathDefinitions paths;
    @Autowired it.percorsi.assessment.QuestionnaireDefinitions questionnaire;

    @TempDir Path own;
    @TempDir Path unzipped;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** A guide, a tool and a FAQ linking each other, with English siblings and values YAML could choke on. */
    private void importOwnDocuments() {
        write(own, "guides/giro-completo.md", """
                ---
                slug: giro-completo
                title: "Guida: \\"andata\\" e ritorno # senza commento"
                title_en: "Guide: there and back"
                summary: "Un riassunto con l'apostrofo e i due punti: eccoli."
                summary_en: A summary in English.
                level: avanzato
                group: metodi
                tags: [andata, "ritorno: sì", 'con # cancelletto']
                tools: [scheda-giro]
                related: []
                ---
                # Andata e ritorno

                Un testo con *enfasi*, [lo strumento](tool:scheda-giro) e [il sito](https://www.example.org).

                - punto uno
                - punto due
                """);
        write(own, "tools/scheda-giro.md", """
                ---
                slug: scheda-giro
                title: Scheda del giro
                title_en: Round trip sheet
                summary: Uno strumento.
                summary_en: A tool.
                kind: modello
                tags: [scheda]
                related: [giro-completo]
                ---
                # Scheda

                | Colonna | Valore |
                |---|---|
                | a | b |
                """);
        write(own, "faq/domanda-giro.md", """
                ---
                slug: domanda-giro
                question: Il giro torna uguale?
                question_en: Does the round trip come back the same?
                topic: metodo
                tags: [giro]
                related: [giro-completo]
                ---
                Sì, campo per campo.
                """);
        ImportReport report = importer.importFrom(own);
        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(3);
    }

    @Test
    void the_export_is_a_valid_library_that_imports_back_to_the_same_documents() throws IOException {
        assertThat(importer.importFrom(ContentTestData.LIBRARY).problems()).isEmpty();
        importOwnDocuments();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        // two pictures uploaded in the portal: one shown by the edited guide (its alt text travels in
        // the markdown), one not shown anywhere yet, which is exported all the same
        byte[] shownPicture = TestImages.png(40, 30);
        byte[] unusedPicture = TestImages.webpLossy();
        UploadedImage shown = imageUploads.upload("giro-completo", "percorso.png", shownPicture, "Il percorso: andata e ritorno");
        UploadedImage unused = imageUploads.upload("giro-completo", "bozza.webp", unusedPicture, "Una bozza");
        String editedTitle = "Modificata nel portale: \"virgolette\" e # cancelletto";
        PortalEdits.publish(context, ContentKind.GUIDE, "giro-completo", new PortalEdit(editedTitle,
                "Riassunto: scritto nel portale.", "# Nuovo testo\n\nScritto nel **portale**.\n\n" + shown.snippet() + "\n\n  indentato", null));
        // a path file and the questionnaire edited and published in the portal
        String pathFile = "paths/primo-ascolto-sportello.yaml";
        String editedPath = pathEditor.source(pathFile).orElseThrow()
                .replace("title: Chiarire a che cosa serve lo sportello", "title: Chiarire lo sportello (portale)");
        assertThat(pathEditor.publish(pathFile, editedPath).ok()).isTrue();
        String editedQuestionnaire = pathEditor.source("assessment/questionnaire.yaml").orElseThrow()
                .replaceFirst("(?m)^title: .*$", "title: \"Autovalutazione: modificata nel portale\"");
        assertThat(pathEditor.publish("assessment/questionnaire.yaml", editedQuestionnaire).ok()).isTrue();
        Map<String, DocumentSpec> before = published();
        assertThat(before).containsKey("GUIDE/giro-completo");
        assertThat(before.get("GUIDE/giro-completo").title()).isEqualTo(editedTitle);

        long started = System.nanoTime();
        ContentExportService.Export zip = export.exportLibrary();
        System.out.printf("MEASURE export of %d documents: %d bytes zipped in %d ms%n", before.size(),
                zip.bytes().length, (System.nanoTime() - started) / 1_000_000);
        assertThat(zip.fileName()).matches("percorsi-contenuti-\\d{4}-\\d{2}-\\d{2}\\.zip");
        List<String> entries = unzip(zip.bytes(), unzipped);

        // documents as files of their kind, plus the paths and questionnaire of the library in use
        assertThat(entries).contains("guides/giro-completo.md", "tools/scheda-giro.md", "faq/domanda-giro.md",
                "assessment/questionnaire.yaml");
        for (Path copied : List.of(Path.of("assessment/questionnaire.yaml"), Path.of("paths"))) {
            try (Stream<Path> files = Files.walk(ContentTestData.LIBRARY.resolve(copied))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path rel = ContentTestData.LIBRARY.relativize(file);
                    if (rel.toString().replace('\\', '/').equals(pathFile) || copied.toString().startsWith("assessment")) {
                        continue; // edited in the portal: checked below
                    }
                    assertThat(unzipped.resolve(rel)).as(rel.toString()).hasSameBinaryContentAs(file);
                }
            }
        }
        // the portal's versions of the path file and questionnaire, the other path files as they are
        assertThat(unzipped.resolve(pathFile)).hasContent(editedPath);
        assertThat(unzipped.resolve("assessment/questionnaire.yaml")).hasContent(editedQuestionnaire);
        var exportedQuestionnaire = it.percorsi.assessment.QuestionnaireReader.read(unzipped, null, null).questionnaire();
        assertThat(exportedQuestionnaire).get().satisfies(q -> assertThat(q.checksum())
                .isEqualTo(questionnaire.current().checksum()));
        assertThat(it.percorsi.path.PathLibraryReader.read(unzipped, it.percorsi.path.PathLibraryReader.Catalog.of(
                exportedQuestionnaire.get(), null, null, null)).library()).get()
                .satisfies(l -> assertThat(l.checksum()).isEqualTo(paths.current().checksum()));
        // uploaded pictures under images/ exactly as the content folder has them
        assertThat(entries).contains("images/giro-completo/percorso.png", "images/giro-completo/bozza.webp");
        assertThat(unzipped.resolve("images/" + shown.path())).hasBinaryContent(shownPicture);
        assertThat(unzipped.resolve("images/" + unused.path())).hasBinaryContent(unusedPicture);
        ContentSnapshot read = ContentReader.read(unzipped);
        assertThat(read.problems()).isEmpty();
        assertThat(ValidateContent.validate(unzipped).problems()).isEmpty();
        assertThat(read.documents()).hasSize(before.size());

        TestUsers.logout();
        emptyTheDatabase();
        uploads.deleteAll();
        assertThat(published()).isEmpty();
        assertThat(images.serve(shown.path())).isEmpty();

        ImportReport report = importer.importFrom(unzipped);
        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(before.size());
        Map<String, DocumentSpec> after = published();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((key, spec) -> assertThat(comparable(after.get(key))).as(key).isEqualTo(comparable(spec)));
        assertThat(after.get("GUIDE/giro-completo").body()).isEqualTo("# Nuovo testo\n\nScritto nel **portale**.\n\n"
                + "![Il percorso: andata e ritorno](images/giro-completo/percorso.png)\n\n  indentato");
        // a portal whose content folder is the unzipped export serves the same pictures, now from images/
        ContentImages fromFolder = new ContentImages(it.percorsi.base.content.ContentLibrary.of(unzipped), uploads);
        assertThat(fromFolder.serve(shown.path()).orElseThrow().uploaded()).isFalse();
        assertThat(fromFolder.serve(shown.path()).orElseThrow().body().getContentAsByteArray()).isEqualTo(shownPicture);
        assertThat(fromFolder.serve(unused.path()).orElseThrow().mediaType()).isEqualTo("image/webp");
        assertThat(after.get("GUIDE/giro-completo").tags()).containsExactly("andata", "ritorno: sì", "con # cancelletto");
        assertThat(after.get("TOOL/scheda-giro").titleEn()).isEqualTo("Round trip sheet");
        assertThat(after.get("FAQ/domanda-giro").topic()).isEqualTo(FaqTopic.fromCode("metodo").orElseThrow());

        // back to the folder's path library and questionnaire for any later test of this context
        TestUsers.loginAs(context, TestUsers.TRAINER);
        questionnaire.reload();
        paths.reload();
    }

    /** Every published document by kind/slug, as a spec of its current revision. */
    private Map<String, DocumentSpec> published() {
        Map<String, DocumentSpec> specs = new TreeMap<>();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (ContentKind kind : ContentKind.values()) {
                for (ContentDocument d : documents.findByKindAndCurrentIsNotNull(kind)) {
                    specs.put(kind + "/" + d.getSlug(), d.getCurrent().toSpec());
                }
            }
        });
        return specs;
    }

    /** The fields a reader sees; file name, checksum and file time naturally differ. */
    private static List<Object> comparable(DocumentSpec s) {
        return List.of(s.kind(), s.slug(), s.title(), s.summary(), String.valueOf(s.titleEn()),
                String.valueOf(s.summaryEn()), String.valueOf(s.level()), String.valueOf(s.group()),
                String.valueOf(s.toolKind()), String.valueOf(s.topic()), s.tags(), s.tools(), s.related(), s.body());
    }

    private void emptyTheDatabase() {
        for (String key : published().keySet()) {
            String[] parts = key.split("/");
            ContentTestData.delete(context, ContentKind.valueOf(parts[0]), parts[1]);
        }
    }

    private static List<String> unzip(byte[] bytes, Path target) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(target)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, zip.readAllBytes());
                names.add(entry.getName());
            }
        }
        return names;
    }
}
