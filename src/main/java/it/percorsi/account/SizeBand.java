package it.percorsi.account;

/** Size band by number of employees. */
public enum SizeBand {
    MICRO, SMALL, MEDIUM, LARGE, VERY_LARGE
}
