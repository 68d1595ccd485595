package it.percorsi.content.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search index of published content. Kept up to date by Hibernate Search when a document gets
 * a new current revision (import or portal edit, at commit); built at start-up when it does not hold
 * what the database publishes (first start, index folder removed, upgrade); rebuilt on request by an
 * ADMIN, with progress. Runs after the content import (order 20).
 */
@Component
@Order(30)
public class SearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile String lastError;

    SearchIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void run(ApplicationArguments args) {
        long published = publishedCount();
        long indexed = indexedCount();
        if (published != indexed) {
            log.info("Search index holds {} documents, the database publishes {}: building it", indexed, published);
            rebuild().join();
        }
    }

    /** Documents with a published (current) revision in the database. */
    public long publishedCount() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return em.createQuery("select count(d) from ContentDocument d where d.current is not null and d.archivedAt is null", Long.class)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    /** Documents in the search index. */
    public long indexedCount() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(ContentDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /** Starts a full rebuild unless one is running; the future completes when it ends. */
    public synchronized CompletableFuture<Void> rebuild() {
        if (!running.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        done.set(0);
        total.set(0);
        lastError = null;
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        long start = System.nanoTime();
        return mapping.scope(ContentDocument.class).massIndexer()
                .threadsToLoadObjects(1)
                .monitor(new Progress())
                .start()
                .toCompletableFuture()
                .handle((ok, error) -> {
                    running.set(false);
                    if (error != null) {
                        lastError = String.valueOf(error.getMessage());
                        log.error("Search index rebuild failed", error);
                    } else {
                        log.info("Search index rebuilt: {} documents in {} ms", done.get(),
                                (System.nanoTime() - start) / 1_000_000);
                    }
                    return null;
                });
    }

    public boolean running() {
        return running.get();
    }

    public long progressDone() {
        return done.get();
    }

    public long progressTotal() {
        return total.get();
    }

    public String lastError() {
        return lastError;
    }

    private final class Progress implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
