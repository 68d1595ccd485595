package it.percorsi.content.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SearchMissRepository extends JpaRepository<SearchMiss, Long> {

    /** Failed searches since a time, grouped by their words (lower case): words, count, last time. */
    @Query("select lower(m.query), count(m), max(m.createdAt) from SearchMiss m where m.createdAt >= :since "
            + "group by lower(m.query) order by count(m) desc, max(m.createdAt) desc")
    List<Object[]> grouped(Instant since);
}
