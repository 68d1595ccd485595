package it.percorsi.assessment;

/** The experience levels of the profile; the questionnaire's experience facet declares exactly these. */
public enum ExperienceLevel {
    NONE, BASIC, INTERMEDIATE, ADVANCED
}
