package it.percorsi.helpdesk.ui;

final class AttachmentRoutes {

    static final String DOWNLOAD = "/allegati/"; // outside the Vaadin route namespace "assistenza/"

    private AttachmentRoutes() {
    }

    static String download(Long id) {
        return DOWNLOAD + id;
    }
}
