package it.percorsi.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedTextTest {

    @Test
    void a_lone_surrogate_is_refused_and_a_real_pair_is_accepted() {
        assertThat(WellFormedText.isWellFormed("Nota con emoji 😀 e accenti àèì")).isTrue();
        assertThat(WellFormedText.isWellFormed(null)).isTrue();
        assertThat(WellFormedText.isWellFormed("mezzo \uD83D carattere")).isFalse();
        assertThat(WellFormedText.isWellFormed("coda \uDE00 sola")).isFalse();
        assertThat(WellFormedText.isWellFormed("alla fine \uD83D")).isFalse();
        assertThat(WellFormedText.isWellFormed("\uDE00\uD83D")).as("pair in the wrong order").isFalse();
    }
}
