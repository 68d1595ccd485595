package it.percorsi.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationRepository extends JpaRepository<Administration, Long> {

    List<Administration> findByNameContainingIgnoreCaseOrIpaCodeContainingIgnoreCaseOrderByNameAsc(
            String name, String ipaCode, Pageable pageable);

    Optional<Administration> findByIpaCode(String ipaCode);

    boolean existsByIpaCode(String ipaCode);
}
