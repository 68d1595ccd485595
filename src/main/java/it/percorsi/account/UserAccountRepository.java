package it.percorsi.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    List<UserAccount> findAllByOrderByEmailAsc(Pageable pageable);

    long countByRole(Role role);

    List<UserAccount> findByAdministrationIdOrderByFullNameAsc(Long administrationId);

    List<UserAccount> findByRoleAndStatusOrderByFullNameAsc(Role role, AccountStatus status);
}
