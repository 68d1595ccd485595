package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.time.Instant;
import java.util.List;

/**
 * A step of the path with everything the path page shows. {@code id} is the step's row id (what
 * the service's update methods take); {@code version} is the state the page shows, which a save
 * sends back so that a change made meanwhile by someone else is not silently overwritten; {@code inLibrary} is false when the content no longer
 * defines the step (its title and progress are kept).
 */
public record PathStepView(Long id, String stepId, int number, Localized title, Localized summary,
                           double effortHours, StepStatus status, String skipReason, String notes,
                           List<Localized> reasons,
                           List<ContentLink> guides, List<ContentLink> tools, List<ContentLink> faqs,
                           List<SelfCheckView> checks, String updatedBy, Instant updatedAt, Instant droppedAt,
                           boolean current, boolean inLibrary, long version) {

    /** A guide, tool or FAQ; route is null when the portal has no page for it yet. */
    public record ContentLink(String slug, Localized title, String route) {
    }

    public record SelfCheckView(String id, Localized text, boolean done) {
    }
}
