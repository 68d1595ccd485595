package it.percorsi.content;

/** Size limits shared by the validator, the database columns and (later) the authoring forms. */
public final class ContentLimits {

    public static final int SLUG_MAX_LENGTH = 100;
    public static final int TITLE_MAX_LENGTH = 300;
    public static final int SUMMARY_MAX_LENGTH = 500;
    public static final int TAG_MAX_LENGTH = 40;
    public static final int TAGS_MAX_LENGTH = 1000;
    public static final int SLUG_LIST_MAX_LENGTH = 2000;
    public static final int BODY_MAX_LENGTH = 200_000;

    private ContentLimits() {
    }
}
