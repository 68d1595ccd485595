package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.ui.AssessmentResultsView;
import it.percorsi.path.ui.PathView;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Ids that are not numbers (or too big to be one) in a URL get the not-found page, not a stack trace. */
@PercorsiTest
@ViewPackages(classes = {PathView.class, AssessmentResultsView.class, RouteNotFoundError.class})
class MalformedIdsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @BeforeEach
    void referent() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @ParameterizedTest
    @ValueSource(strings = {"percorso/abc", "percorso/99999999999999999999", "percorso/-1x",
            "autovalutazione/risultati/%3Cscript%3E", "autovalutazione/risultati/<script>",
            "autovalutazione/risultati/12abc", "autovalutazione/risultati/99999999999999999999"})
    void a_malformed_id_in_the_url_shows_the_not_found_page(String url) {
        navigate(url, Component.class);
        var shown = getCurrentView();
        assertThat(handlesNotFound(shown.getClass())).as("%s shows %s", url, shown.getClass().getName()).isTrue();
    }

    /** True for Vaadin's own not-found view and for any project view that handles NotFoundException. */
    static boolean handlesNotFound(Class<?> view) {
        for (Class<?> c = view; c != null; c = c.getSuperclass()) {
            boolean handles = Arrays.stream(c.getGenericInterfaces())
                    .filter(ParameterizedType.class::isInstance).map(ParameterizedType.class::cast)
                    .anyMatch(p -> p.getRawType() == HasErrorParameter.class
                            && p.getActualTypeArguments()[0] == NotFoundException.class);
            if (handles) {
                return true;
            }
        }
        return false;
    }
}
