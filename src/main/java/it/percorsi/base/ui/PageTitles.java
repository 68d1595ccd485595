package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Browser-tab titles: the page's own title first, then the portal's name, in the user's language
 * ("Percorso — Consolidare l'ascolto · Percorsi"). Every view implements
 * {@link com.vaadin.flow.router.HasDynamicTitle} with one of these; a literal {@code @PageTitle}
 * would give every tab and history entry the same, untranslated title (ArchitectureTest forbids it).
 */
public final class PageTitles {

    private PageTitles() {
    }

    /** "{specific} · Percorsi". */
    public static String of(Component view, String specific) {
        return specific + " · " + view.getTranslation("app.name");
    }

    /** The translated key, then the portal's name. */
    public static String key(Component view, String key) {
        return of(view, view.getTranslation(key));
    }

    /** "{translated key} — {detail} · Percorsi", e.g. the kind of page and the object shown; the key alone without a detail. */
    public static String detail(Component view, String key, String detail) {
        return detail == null || detail.isBlank() ? key(view, key)
                : of(view, view.getTranslation(key) + " — " + detail);
    }
}
