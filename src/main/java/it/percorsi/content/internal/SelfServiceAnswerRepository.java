package it.percorsi.content.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfServiceAnswerRepository extends JpaRepository<SelfServiceAnswer, Long> {

    long countByCreatedAtGreaterThanEqual(Instant since);
}
