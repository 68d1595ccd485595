package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import it.percorsi.helpdesk.NewAttachment;
import it.percorsi.helpdesk.TicketStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Small shared pieces of the help-desk views: dates, status badges, the upload field. */
final class HelpdeskUi {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimes DATES = DateTimes.in(ROME);

    private HelpdeskUi() {
    }

    static String dateTime(Instant instant, Locale locale) {
        // the help desk's business calendar is Europe/Rome (DD007), so its times are shown there too
        return DATES.dateTime(instant, locale);
    }

    static Span status(Component owner, TicketStatus status) {
        Span badge = new Span(owner.getTranslation("hd.status." + status.name()));
        badge.addClassName("hd-status");
        badge.addClassName("hd-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static void error(Component owner, String key) {
        Notification n = Notification.show(owner.getTranslation(key), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** An upload field that keeps the files in memory until the form is sent (the server checks them then). */
    static final class Files {
        final List<NewAttachment> files = new CopyOnWriteArrayList<>();
        final Upload upload;

        Files(Component owner, String id, long maxFileBytes) {
            upload = new Upload(UploadHandler.inMemory((meta, bytes) -> files.add(new NewAttachment(meta.fileName(), bytes))));
            upload.setId(id);
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
            upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".txt", ".csv", ".doc",
                    ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp");
            upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
            upload.getElement().setAttribute("aria-label", owner.getTranslation("hd.attachments"));
        }

        void clear() {
            files.clear();
            upload.clearFileList();
        }
    }
}
