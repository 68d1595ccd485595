package it.percorsi.content.internal;

import it.percorsi.base.content.ContentChanged;
import it.percorsi.content.ContentKind;
import java.util.Locale;

/** The kernel's change notification for one document of the library. */
public final class ContentKindNames {

    private ContentKindNames() {
    }

    /** "guide", "tool" or "faq" with the slug and the new revision number. */
    public static ContentChanged changed(ContentKind kind, String slug, int revisionNo) {
        return new ContentChanged(kind.name().toLowerCase(Locale.ROOT), slug, String.valueOf(revisionNo));
    }
}
