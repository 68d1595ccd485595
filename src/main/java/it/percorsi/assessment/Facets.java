package it.percorsi.assessment;

import java.util.List;

/**
 * The profile facets the code relies on. The questionnaire must declare each of them; path rules
 * may use these and any other facet the questionnaire declares.
 */
public final class Facets {

    public static final String EXPERIENCE = "experience";
    public static final String ADMINISTRATION_TYPE = "administrationType";
    public static final String SERVICE_TYPE = "serviceType";
    public static final String CHANNELS = "channels";
    public static final String RESOURCES = "resources";
    public static final String GOALS = "goals";
    public static final List<String> REQUIRED = List.of(EXPERIENCE, ADMINISTRATION_TYPE, SERVICE_TYPE, CHANNELS,
            RESOURCES, GOALS);

    private Facets() {
    }
}
