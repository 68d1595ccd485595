package it.percorsi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Feature boundaries: no cycles, no use of another feature's internals (Spring Modulith). */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PercorsiApplication.class);

    @Test
    void feature_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_can_be_generated() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
