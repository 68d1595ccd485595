package it.percorsi.base.content;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DefinitionInUseRepository extends JpaRepository<DefinitionInUse, String> {

    /** Records the version in use of a definition. */
    default void record(String name, String checksum, DefinitionInUse.Origin origin, Instant at, String by) {
        DefinitionInUse row = findById(name).orElseGet(() -> new DefinitionInUse(name));
        row.use(checksum, origin, at, by);
        save(row);
    }

    /** The checksum of the version published in the portal that is in use, if the one in use came from the portal. */
    default java.util.Optional<DefinitionInUse> portalVersionInUse(String name) {
        return findById(name).filter(d -> d.getOrigin() == DefinitionInUse.Origin.PORTAL);
    }
}
