package it.percorsi.path.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PathLibraryVersionRepository extends JpaRepository<PathLibraryVersion, Long> {

    Optional<PathLibraryVersion> findByChecksum(String checksum);

    Optional<PathLibraryVersion> findFirstByOrderByLoadedAtDesc();
}
