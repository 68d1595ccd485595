package it.percorsi.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Addresses are stored normalised ({@link EmailAddress#normalise}): look them up exactly, never case-folded. */
    Optional<UserAccount> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    /** Whether a login of this account with this session epoch is still valid: one small query, no entity loaded. */
    @org.springframework.data.jpa.repository.Query("select count(u) > 0 from UserAccount u where u.id = :id"
            + " and u.status = it.percorsi.account.AccountStatus.ACTIVE and u.sessionEpoch = :epoch")
    boolean isLoginValid(@org.springframework.data.repository.query.Param("id") Long id,
                         @org.springframework.data.repository.query.Param("epoch") int epoch);

    List<UserAccount> findAllByOrderByEmailAsc(Pageable pageable);

    long countByRole(Role role);

    List<UserAccount> findByAdministrationIdOrderByFullNameAsc(Long administrationId);

    List<UserAccount> findByAdministrationIdAndRoleAndStatus(Long administrationId, Role role, AccountStatus status);

    List<UserAccount> findByRoleAndStatus(Role role, AccountStatus status);

    List<UserAccount> findByStatusOrderByCreatedAtAsc(AccountStatus status);
    List<UserAccount> findByRoleAndStatusOrderByFullNameAsc(Role role, AccountStatus status);
}
