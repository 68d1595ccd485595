package it.percorsi.helpdesk;

public record CannedReplyView(Long id, String title, String body, long version) {

    public static final int TITLE_MAX_LENGTH = 120;
}
