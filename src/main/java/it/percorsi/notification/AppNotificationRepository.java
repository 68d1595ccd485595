package it.percorsi.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppNotificationRepository extends JpaRepository<AppNotification, Long> {

    long countByUserIdAndReadAtIsNull(Long userId);

    List<AppNotification> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable pageable);

    List<AppNotification> findByUserIdAndReadAtIsNull(Long userId);
}
