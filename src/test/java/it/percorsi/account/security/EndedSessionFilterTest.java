package it.percorsi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 14: a session's login is checked on every request that can reach data, and not on static files. */
class EndedSessionFilterTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final EndedSessionFilter filter = new EndedSessionFilter(() -> {
        checks.incrementAndGet();
        return false; // the login has ended
    });

    private MockHttpServletRequest request(String method, String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setQueryString(query);
        request.getSession(true);
        return request;
    }

    private boolean sessionEnded(MockHttpServletRequest request) throws Exception {
        var session = request.getSession(false);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return ((org.springframework.mock.web.MockHttpSession) session).isInvalid();
    }

    @Test
    void requests_that_reach_data_end_an_invalid_session() throws Exception {
        assertThat(sessionEnded(request("POST", "/", "v-r=uidl&v-uiId=0"))).isTrue();
        assertThat(sessionEnded(request("GET", "/percorso", null))).isTrue();
        assertThat(sessionEnded(request("GET", "/VAADIN/push", "v-r=push"))).isTrue();
        assertThat(sessionEnded(request("GET", "/contenuti/immagini/x.png", null))).isTrue();
        assertThat(sessionEnded(request("GET", "/guide/styles.css", null))).as("not a root stylesheet").isTrue();
        assertThat(sessionEnded(request("GET", "/styles.css", "v-r=uidl"))).as("only the version parameter").isTrue();
        assertThat(sessionEnded(request("GET", "/percorso", "v-c=1"))).as("not a style sheet").isTrue();
        assertThat(checks).hasValue(7);
    }

    @Test
    void static_files_are_not_worth_a_query() throws Exception {
        assertThat(sessionEnded(request("GET", "/styles.css", null))).isFalse();
        assertThat(sessionEnded(request("GET", "/VAADIN/build/indexhtml-abc.js", null))).isFalse();
        assertThat(sessionEnded(request("GET", "/fonts/titillium.woff2", null))).isFalse();
        assertThat(sessionEnded(request("GET", "/webjars/axe-core/axe.min.js", null))).isFalse();
        assertThat(sessionEnded(request("GET", "/styles.css", "v-c=a943afdb"))).as("the page's own link").isFalse();
        assertThat(sessionEnded(request("GET", "/lumo/lumo.css", "v-c=3e8d6c3d"))).isFalse();
        assertThat(checks).hasValue(0);
    }
}
