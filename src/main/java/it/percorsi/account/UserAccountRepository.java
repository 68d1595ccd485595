package it.percorsi.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Addresses are stored normalised ({@link EmailAddress#normalise}): look them up exactly, never case-folded. */
    Optional<UserAccount> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    List<UserAccount> findAllByOrderByEmailAsc(Pageable pageable);

    long countByRole(Role role);

    List<UserAccount> findByAdministrationIdOrderByFullNameAsc(Long administrationId);

    List<UserAccount> findByAdministrationIdAndRoleAndStatus(Long administrationId, Role role, AccountStatus status);

    List<UserAccount> findByRoleAndStatus(Role role, AccountStatus status);

    List<UserAccount> findByStatusOrderByCreatedAtAsc(AccountStatus status);
    List<UserAccount> findByRoleAndStatusOrderByFullNameAsc(Role role, AccountStatus status);
}
