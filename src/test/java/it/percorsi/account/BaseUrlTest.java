package it.percorsi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BaseUrlTest {

    static AccountProperties properties(String baseUrl, boolean required) {
        return new AccountProperties(baseUrl, required, Duration.ofHours(48), Duration.ofHours(1), Duration.ofDays(7), 5,
                Duration.ofMinutes(15), 50, 50000, Duration.ZERO);
    }

    @Test
    void where_a_base_url_is_required_the_portal_refuses_to_start_without_one() {
        assertThatThrownBy(() -> new BaseUrl(properties("  ", true), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PERCORSI_BASE_URL");
    }

    @Test
    void a_configured_base_url_wins_and_loses_its_trailing_slash() {
        BaseUrl url = new BaseUrl(properties("https://percorsi.example.gov.it/", true), new MockEnvironment());
        assertThat(url.get()).isEqualTo("https://percorsi.example.gov.it");
        assertThat(url.isConfigured()).isTrue();
    }

    @Test
    void without_configuration_the_address_follows_server_address_and_defaults_to_localhost() {
        BaseUrl url = new BaseUrl(properties("", false), new MockEnvironment().withProperty("server.address", "10.1.2.3"));
        url.onApplicationEvent(startedOn(4321));
        assertThat(url.isConfigured()).isFalse();
        assertThat(url.get()).isEqualTo("http://10.1.2.3:4321");
        BaseUrl local = new BaseUrl(properties("", false), new MockEnvironment());
        local.onApplicationEvent(startedOn(9090));
        assertThat(local.get()).isEqualTo("http://localhost:9090");
    }

    static org.springframework.boot.web.server.context.WebServerInitializedEvent startedOn(int port) {
        var event = org.mockito.Mockito.mock(org.springframework.boot.web.server.context.WebServerInitializedEvent.class,
                org.mockito.Mockito.RETURNS_DEEP_STUBS);
        org.mockito.Mockito.when(event.getWebServer().getPort()).thenReturn(port);
        org.mockito.Mockito.when(event.getApplicationContext().getParent()).thenReturn(null);
        return event;
    }
}
