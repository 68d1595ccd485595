package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.UnorderedList;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.ToolCard;
import java.text.Collator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = ToolIndexView.class)
class ToolIndexViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_index_lists_every_published_tool_by_title_with_a_link() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        ToolIndexView view = navigate(ToolIndexView.class);
        assertThat(view.tools).isNotEmpty().isSortedAccordingTo(
                (a, b) -> Collator.getInstance(Locale.ITALIAN).compare(a.title().it(), b.title().it()));
        UnorderedList list = $(UnorderedList.class).id("tool-index");
        assertThat($(RouterLink.class).from(list).all()).extracting(RouterLink::getHref)
                .containsAll(view.tools.stream().map(ToolCard::slug).map(s -> "strumenti/" + s).toList());
    }
}
