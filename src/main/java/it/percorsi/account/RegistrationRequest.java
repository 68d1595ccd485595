package it.percorsi.account;

/**
 * What the registration form sends. Either an existing administration (createsAdministration false), or the fields of a
 * new administration (name, type, region, size band, optional IPA code).
 */
public record RegistrationRequest(String email, String fullName, String password, String passwordConfirmation,
                                  boolean createsAdministration, Long existingAdministrationId, String newAdministrationName,
                                  AdministrationType newAdministrationType, Region newAdministrationRegion,
                                  SizeBand newAdministrationSize, String newAdministrationIpaCode, String locale) {
}
