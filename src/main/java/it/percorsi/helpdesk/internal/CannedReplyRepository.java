package it.percorsi.helpdesk.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CannedReplyRepository extends JpaRepository<CannedReply, Long> {

    List<CannedReply> findAllByOrderByTitleAsc();
}
