package it.percorsi.notification;

import it.percorsi.account.CurrentUserProvider;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The logged-in user's in-app notifications; each user sees only their own. */
@Service
public class NotificationService {


    private final AppNotificationRepository repository;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    NotificationService(AppNotificationRepository repository, CurrentUserProvider currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.get().map(u -> repository.countByUserIdAndReadAtIsNull(u.id())).orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InAppNotification> latest(int limit) {
        return repository.findByUserIdOrderByCreatedAtDescIdDesc(currentUser.require().id(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream().map(InAppNotification::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        repository.findByUserIdAndReadAtIsNull(currentUser.require().id()).forEach(n -> n.markRead(clock.instant()));
    }

    /** Written by listeners in the transaction of the change (like the mails). */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(Long userId, String message, String link) {
        if (userId != null) {
            repository.save(new AppNotification(userId, message, link, clock.instant()));
        }
    }
}
