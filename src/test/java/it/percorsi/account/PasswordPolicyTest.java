package it.percorsi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_password_needs_twelve_characters_and_must_not_be_the_email() {
        assertThat(PasswordPolicy.violation("", "a@b.it")).isEqualTo("validation.required");
        assertThat(PasswordPolicy.violation("elevenchars", "a@b.it")).isEqualTo("validation.password.tooShort");
        assertThat(PasswordPolicy.violation("twelve-chars", "a@b.it")).isNull();
        assertThat(PasswordPolicy.violation("Mario.Rossi@Comune.it", "mario.rossi@comune.it"))
                .isEqualTo("validation.password.isEmail");
        assertThat(PasswordPolicy.violation("mario.rossi.comune", "mario.rossi.comune@x.it"))
                .isEqualTo("validation.password.isEmail");
        assertThat(PasswordPolicy.violation("é".repeat(37), "a@b.it")).isEqualTo("validation.password.tooLong");
    }

    @Test
    void email_addresses_are_checked_and_normalised() {
        assertThat(EmailAddress.isValid("nome.cognome@comune.roma.it")).isTrue();
        assertThat(EmailAddress.isValid("nome@localhost")).isFalse();
        assertThat(EmailAddress.isValid("nome cognome@ente.it")).isFalse();
        assertThat(EmailAddress.normalise("  Nome@Ente.IT ")).isEqualTo("nome@ente.it");
    }
}
