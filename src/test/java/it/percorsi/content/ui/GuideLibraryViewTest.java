package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = GuideLibraryView.class)
class GuideLibraryViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @BeforeEach
    void referent() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_library_lists_every_guide_grouped_by_topic_with_a_count() {
        GuideLibraryView view = navigate(GuideLibraryView.class);
        assertThat(view.shownSlugs()).hasSize(ContentTestData.libraryGuides());
        assertThat(view.count.getText()).isEqualTo(ContentTestData.libraryGuides() + " guide");
        assertThat($(H3.class).from(view.results).all()).extracting(H3::getText)
                .containsExactly("Orientarsi", "Progettare l'ascolto", "Metodi", "Analizzare e agire", "Co-progettare");
        RouterLink link = $(RouterLink.class).from(view.results).all().stream()
                .filter(l -> l.getText().equals("Il gruppo di discussione")).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("guide/gruppo-di-discussione");
    }

    @Test
    void filters_narrow_the_list_and_an_impossible_combination_says_so() {
        GuideLibraryView view = navigate(GuideLibraryView.class);
        test(view.group).selectItem("Metodi");
        int methods = view.shownSlugs().size();
        assertThat(methods).isEqualTo(3); // the fixture's three method guides
        assertThat(view.shownSlugs()).contains("gruppo-di-discussione");
        test(view.level).selectItem("Intermedio");
        assertThat(view.shownSlugs().size()).isLessThan(methods).isPositive();
        assertThat(view.count.getText()).endsWith(view.shownSlugs().size() == 1 ? "guida" : "guide");
        test(view.tag).selectItem("focus group");
        assertThat(view.shownSlugs()).contains("gruppo-di-discussione");

        test(view.clear).click();
        assertThat(view.shownSlugs()).hasSize(ContentTestData.libraryGuides());
        view.level.setValue(GuideLevel.AVANZATO);
        view.group.setValue(GuideGroup.ORIENTARSI);
        view.tag.setValue("focus group");
        assertThat(view.shownSlugs()).isEmpty();
        assertThat(view.count.getText()).isEqualTo("Nessuna guida");
    }

    @Test
    void filters_can_be_given_in_the_address() {
        UI.getCurrent().navigate("guide", QueryParameters.simple(Map.of("tema", "metodi", "livello", "intermedio")));
        GuideLibraryView view = (GuideLibraryView) getCurrentView();
        assertThat(view.group.getValue()).isEqualTo(GuideGroup.METODI);
        assertThat(view.level.getValue()).isEqualTo(GuideLevel.INTERMEDIO);
        assertThat(view.shownSlugs()).contains("gruppo-di-discussione");
        UI.getCurrent().navigate("guide", QueryParameters.simple(Map.of("tema", "nessuno", "tag", "inesistente")));
        GuideLibraryView bad = (GuideLibraryView) getCurrentView();
        assertThat(bad.group.getValue()).isNull();
        assertThat(bad.shownSlugs()).hasSize(ContentTestData.libraryGuides());
    }

    @Test
    void the_filters_have_labels_and_english_is_available() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        GuideLibraryView view = navigate(GuideLibraryView.class);
        assertThat(view.level.getLabel()).isEqualTo("Level");
        assertThat(view.group.getLabel()).isEqualTo("Topic");
        assertThat(view.tag.getLabel()).isEqualTo("Keyword");
        assertThat(view.count.getText()).isEqualTo(ContentTestData.libraryGuides() + " guides");
    }
}
