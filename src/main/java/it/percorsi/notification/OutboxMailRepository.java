package it.percorsi.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailStatus status, Instant now,
                                                                          Pageable page);

    List<OutboxMail> findByStatusOrderByCreatedAtDescIdDesc(MailStatus status, Pageable page);

    List<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    long countByStatus(MailStatus status);
}
