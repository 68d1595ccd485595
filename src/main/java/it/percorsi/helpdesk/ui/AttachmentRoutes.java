package it.percorsi.helpdesk.ui;

final class AttachmentRoutes {

    static final String DOWNLOAD = "/assistenza/allegati/";

    private AttachmentRoutes() {
    }

    static String download(Long id) {
        return DOWNLOAD + id;
    }
}
