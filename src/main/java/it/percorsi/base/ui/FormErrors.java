package it.percorsi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import it.percorsi.base.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's FieldErrors next to the matching fields, translated, and focuses the first
 * invalid one. What the user typed stays in the fields.
 */
public class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Returns the messages that matched no field (to show in a general message). */
    public Map<String, String> show(FieldErrors errors) {
        clear();
        Map<String, String> unmatched = new LinkedHashMap<>();
        boolean focused = false;
        for (var e : errors.errors().entrySet()) {
            HasValidation field = fields.get(e.getKey());
            if (field == null) {
                unmatched.put(e.getKey(), e.getValue());
                continue;
            }
            field.setErrorMessage(((Component) field).getTranslation(e.getValue()));
            field.setInvalid(true);
            if (!focused && field instanceof Focusable<?> f) {
                f.focus();
                focused = true;
            }
        }
        return unmatched;
    }
}
