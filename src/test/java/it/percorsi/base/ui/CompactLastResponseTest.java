package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The copy of the last response Vaadin keeps per UI, in one byte per character (issue 14). */
class CompactLastResponseTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void characters_beyond_latin1_become_escapes_and_the_json_means_the_same() {
        String response = "{\"title\":\"Guida \u2014 Qualità\",\"text\":\"\u2190 Torna \\\"qui\\\" \u2610 \uD83D\uDE00\",\"n\":[1,2]}";
        String kept = CompactLastResponse.latin1Json(response);
        assertThat(kept.chars().filter(c -> c > 0xFF)).isEmpty();
        assertThat(kept).contains("Qualità", "\\u2014", "\\u2190", "\\ud83d\\ude00");
        assertThat(json.readTree(kept)).isEqualTo(json.readTree(response));
    }

    @Test
    void a_response_that_is_already_latin1_is_kept_as_it_is() {
        String response = "{\"title\":\"Qualità del servizio\"}";
        assertThat(CompactLastResponse.latin1Json(response)).isSameAs(response);
        assertThat(CompactLastResponse.latin1Json(null)).isNull();
    }
}
