package it.percorsi.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A search that found nothing: the words, when, and the searcher's role; never the person. */
@Entity
@Table(name = "search_miss")
public class SearchMiss {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String query;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SearchMiss() {
    }

    public SearchMiss(String query, String role, Instant createdAt) {
        this.query = query;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getQuery() { return query; }
    public String getRole() { return role; }
    public Instant getCreatedAt() { return createdAt; }
}
