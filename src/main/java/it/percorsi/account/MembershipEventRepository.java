package it.percorsi.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipEventRepository extends JpaRepository<MembershipEvent, Long> {

    List<MembershipEvent> findTop200ByAdministrationIdOrderByOccurredAtDescIdDesc(Long administrationId);
}
