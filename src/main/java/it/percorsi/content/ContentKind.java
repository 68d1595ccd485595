package it.percorsi.content;

/** The three kinds of markdown documents in content/, with their folder. */
public enum ContentKind {
    GUIDE("guides"), TOOL("tools"), FAQ("faq");

    private final String folder;

    ContentKind(String folder) {
        this.folder = folder;
    }

    /** The folder under the content root, e.g. "guides". */
    public String folder() {
        return folder;
    }
}
