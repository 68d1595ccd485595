package it.percorsi.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, one per role, created once on an empty database when percorsi.demo.enabled
 * is true (the default for the embedded H2 run; off in the postgres profile).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "percorsi.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "percorsi-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository users;
    private final AdministrationRepository administrations;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository users, AdministrationRepository administrations, PasswordEncoder encoder,
                 Clock clock) {
        this.users = users;
        this.administrations = administrations;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        Administration comune = administrations.save(new Administration("Comune di Borgo Esempio",
                AdministrationType.COMUNE, Region.TOSCANA, SizeBand.MEDIUM, "c_demo1", clock.instant()));
        Administration asl = administrations.save(new Administration("Azienda sanitaria locale Demo",
                AdministrationType.AZIENDA_SANITARIA, Region.PUGLIA, SizeBand.LARGE, "asl_demo", clock.instant()));
        create("referente@percorsi.demo", "Giulia Rossi", Role.REFERENT, comune);
        create("referente.asl@percorsi.demo", "Marco Bianchi", Role.REFERENT, asl);
        create("helpdesk@percorsi.demo", "Sara Conti", Role.HELPDESK, null);
        create("formatore@percorsi.demo", "Luca Ferri", Role.TRAINER, null);
        create("admin@percorsi.demo", "Anna Galli", Role.ADMIN, null);
        log.info("Demo accounts created (password: {}): referente@, referente.asl@, helpdesk@, formatore@, admin@percorsi.demo",
                PASSWORD);
    }

    private void create(String email, String name, Role role, Administration administration) {
        UserAccount u = new UserAccount(email, name, role, AccountStatus.ACTIVE, "it", administration, clock.instant());
        u.setPasswordHash(encoder.encode(PASSWORD));
        users.save(u);
    }
}
