package it.percorsi.content;

/** Where a revision of a document came from: a file in content/ or an edit in the portal. */
public enum RevisionSource {
    FILE, PORTAL
}
