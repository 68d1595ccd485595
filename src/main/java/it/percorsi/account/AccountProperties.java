package it.percorsi.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the account feature (prefix percorsi.account). */
@ConfigurationProperties("percorsi.account")
public record AccountProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("false") boolean requireBaseUrl,
        @DefaultValue("PT48H") Duration verificationTtl,
        @DefaultValue("PT1H") Duration resetTtl,
        @DefaultValue("P7D") Duration invitationTtl,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("PT15M") Duration loginLockout,
        /** Failed logins from one network address (any accounts) before that address is locked out. */
        @DefaultValue("50") int maxFailedLoginsPerSource,
        /** How many addresses and sources the throttle remembers at most (its memory bound). */
        @DefaultValue("50000") int throttleCapacity,
        /**
         * The least time a registration takes before it answers: the work differs for a new and an
         * already registered address, and the answer must not tell them apart (DD003).
         */
        @DefaultValue("PT1S") Duration registrationMinDuration) {
}
