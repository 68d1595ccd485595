package it.percorsi;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.ContentProblemsService;
import it.percorsi.content.GuideFilter;
import it.percorsi.content.GuideService;
import it.percorsi.content.ValidateContent;
import it.percorsi.path.PathDefinitions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal started where no content folder exists (as a jar copied to a server): it serves the
 * library packaged inside the application — questionnaire, paths, guides — creates the demo
 * accounts and reports healthy. The configured folder points nowhere, as an empty working
 * directory would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "percorsi.content.dir=target/no-such-content-folder",
        "spring.datasource.url=jdbc:h2:mem:packaged-library;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class PackagedLibraryTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ContentLibrary library;
    @Autowired QuestionnaireDefinitions questionnaire;
    @Autowired PathDefinitions paths;
    @Autowired GuideService guides;
    @Autowired ContentProblemsService problems;
    @Autowired it.percorsi.content.ContentImageService images;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void without_a_content_folder_the_portal_uses_the_packaged_library_and_is_healthy() throws Exception {
        assertThat(library.packaged()).isTrue();
        assertThat(library.root()).isNotEqualTo(Path.of("target/no-such-content-folder"));

        var health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");

        assertThat(questionnaire.lastProblems()).isEmpty();
        assertThat(questionnaire.current().questions()).isNotEmpty();
        assertThat(paths.lastProblems()).isEmpty();
        assertThat(paths.current().templates()).isNotEmpty();
    }

    @Test
    void the_packaged_library_is_the_whole_shipped_library_imported_without_problems() {
        int shippedGuides = ValidateContent.validate(Path.of("content")).index().guideSlugs().size();
        TestUsers.loginAs(context, TestUsers.ADMIN);
        var report = problems.lastImport();
        assertThat(report.problems()).isEmpty();
        assertThat(report.folder()).isEqualTo(library.root());
        assertThat(guides.library(GuideFilter.ALL)).hasSize(shippedGuides);
    }

    @Test
    void the_demo_accounts_exist_with_the_documented_password() {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        for (String email : new String[] {TestUsers.REFERENT, TestUsers.OTHER_REFERENT, TestUsers.HELPDESK,
                TestUsers.TRAINER, TestUsers.ADMIN}) {
            assertThat(encoder.matches(TestUsers.PASSWORD, users.loadUserByUsername(email).getPassword()))
                    .as(email).isTrue();
        }
    }

    @Test
    void a_picture_uploaded_in_the_portal_is_served_without_any_content_folder() throws Exception {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        byte[] png = it.percorsi.content.TestImages.png(30, 20);
        var saved = images.upload("guida-impacchettata", "schema.png", png, "Uno schema");
        TestUsers.logout();

        HttpSession referent = new HttpSession(port);
        referent.login(TestUsers.REFERENT, TestUsers.PASSWORD);
        var response = referent.get("/contenuti/immagini/" + saved.path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.body().length()).isPositive();
    }
}
