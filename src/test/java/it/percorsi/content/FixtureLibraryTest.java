package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixture library the service and view tests run on is itself valid, translated and distinct from content/. */
class FixtureLibraryTest {

    @Test
    void the_fixture_library_validates_without_problems_or_warnings() {
        ContentValidation result = ValidateContent.validate(ContentTestData.LIBRARY);
        assertThat(result.problems()).as(result.summary()).isEmpty();
        assertThat(result.warnings()).as(result.summary()).isEmpty();
    }
}
