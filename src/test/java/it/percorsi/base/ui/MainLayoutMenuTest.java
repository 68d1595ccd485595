package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutMenuTest {

    static final List<String> ADMIN_MENU = List.of("/admin", "/guide", "/strumenti", "/admin/utenti", "/admin/outbox");

    @Test
    void a_menu_item_stays_highlighted_on_its_sub_pages() {
        assertThat(MainLayout.matchesNested("/guide", ADMIN_MENU)).isTrue();
        assertThat(MainLayout.matchesNested("/strumenti", ADMIN_MENU)).isTrue();
        assertThat(MainLayout.matchesNested("/admin/utenti", ADMIN_MENU)).isTrue();
    }

    @Test
    void a_home_whose_sub_pages_are_menu_items_of_their_own_is_not_highlighted_on_them() {
        assertThat(MainLayout.matchesNested("/admin", ADMIN_MENU)).isFalse();
        assertThat(MainLayout.matchesNested("", ADMIN_MENU)).isFalse();
    }
}
