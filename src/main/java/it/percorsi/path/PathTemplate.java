package it.percorsi.path;

import java.util.List;

/** A path template: chosen for a profile when {@code when} holds, in order of priority. */
public record PathTemplate(String id, String title, String summary, int priority, Rule when, String because,
                           List<StepDefinition> steps, String file) {
}
