package it.percorsi.content;

/**
 * A change made in the portal to a document's text. The other fields (level, group, tags,
 * links) are carried over from the current revision; the authoring issue will widen this.
 *
 * @param baseRevisionId the revision the editor started from; if another revision became
 *                       current since, the save is refused instead of silently overwriting it
 */
public record PortalEdit(String title, String summary, String body, Long baseRevisionId) {
}
