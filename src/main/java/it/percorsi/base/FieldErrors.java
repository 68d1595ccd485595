package it.percorsi.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by services when input is invalid; maps a form field name to an i18n message key so a
 * view can show each message next to its field. Keys, not texts: the view translates them.
 */
public class FieldErrors extends RuntimeException {

    private final Map<String, String> errors;

    public FieldErrors(Map<String, String> errors) {
        super("Invalid input: " + errors);
        // keeps the order the fields were checked in (form order): the first invalid field gets focus
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static FieldErrors of(String field, String messageKey) {
        return new FieldErrors(Map.of(field, messageKey));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Collects errors and throws once, so a form reports every problem at the same time. */
    public static final class Builder {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Builder add(String field, String messageKey) {
            errors.putIfAbsent(field, messageKey);
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FieldErrors(errors);
            }
        }
    }
}
