package it.percorsi.helpdesk;

/** A canned reply as staff see it; only PUBLISHED ones are offered when answering a ticket. */
public record CannedReplyView(Long id, String title, String body, long version, CannedReplyState state) {

    public static final int TITLE_MAX_LENGTH = 120;
}
