package it.percorsi.account;

import java.util.Locale;

/** Who to write to, in which language: what other features need to notify an account. */
public record Contact(Long id, String email, String fullName, Locale locale) {

    static Contact of(UserAccount u) {
        return new Contact(u.getId(), u.getEmail(), u.getFullName() == null ? u.getEmail() : u.getFullName(),
                Locale.forLanguageTag(u.getLocale()));
    }
}
