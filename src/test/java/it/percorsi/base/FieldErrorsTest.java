package it.percorsi.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void errors_keep_the_order_in_which_fields_were_checked_and_the_first_message_per_field() {
        var builder = new FieldErrors.Builder();
        for (int i = 0; i < 20; i++) {
            builder.add("field" + i, "key" + i);
        }
        builder.add("field3", "other");
        FieldErrors errors = org.assertj.core.api.Assertions.catchThrowableOfType(FieldErrors.class, builder::throwIfAny);
        assertThat(errors.errors().keySet()).containsExactly(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "field" + i).toArray(String[]::new));
        assertThat(errors.errors()).containsEntry("field3", "key3");
    }
}
