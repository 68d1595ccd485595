package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The copy of the last response Vaadin keeps per UI: deflated, and Latin-1 when a string (issue 14). */
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
    void the_copy_is_kept_deflated_and_put_back_as_the_same_json_before_the_next_request() {
        StringBuilder page = new StringBuilder("[{\"syncId\":3,\"changes\":[");
        for (int i = 0; i < 400; i++) {
            page.append("{\"node\":").append(i).append(",\"key\":\"text\",\"value\":\"Qualità del servizio — passo ")
                    .append(i).append("\"},");
        }
        String response = page.append("{}]}]").toString();
        com.vaadin.flow.component.UI ui = new com.vaadin.flow.component.UI();
        ui.getInternals().setLastRequestResponse(response);

        CompactLastResponse.keep(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).as("Vaadin's string copy is gone").isNull();
        CompactLastResponse.Kept kept = com.vaadin.flow.component.ComponentUtil.getData(ui, CompactLastResponse.Kept.class);
        assertThat(kept.deflated().length).isLessThan(response.length() / 4);

        CompactLastResponse.restore(ui);
        String back = ui.getInternals().getLastRequestResponse();
        assertThat(back).isEqualTo(CompactLastResponse.latin1Json(response));
        assertThat(json.readTree(back)).isEqualTo(json.readTree(response));
    }

    @Test
    void a_ui_without_a_kept_copy_is_left_alone() {
        com.vaadin.flow.component.UI ui = new com.vaadin.flow.component.UI();
        CompactLastResponse.restore(ui);
        CompactLastResponse.keep(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        assertThat(com.vaadin.flow.component.ComponentUtil.getData(ui, CompactLastResponse.Kept.class)).isNull();
        CompactLastResponse.restore(null);
        CompactLastResponse.keep(null);
    }

    @Test
    void a_response_that_is_already_latin1_is_kept_as_it_is() {
        String response = "{\"title\":\"Qualità del servizio\"}";
        assertThat(CompactLastResponse.latin1Json(response)).isSameAs(response);
        assertThat(CompactLastResponse.latin1Json(null)).isNull();
    }
}
