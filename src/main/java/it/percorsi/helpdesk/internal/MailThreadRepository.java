package it.percorsi.helpdesk.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailThreadRepository extends JpaRepository<MailThread, String> {

    List<MailThread> findByMessageIdIn(Collection<String> messageIds);
}
