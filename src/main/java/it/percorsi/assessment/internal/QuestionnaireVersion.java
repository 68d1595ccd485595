package it.percorsi.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The source of a questionnaire that passed validation, kept as the fallback for a broken file. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String checksum;

    @Column(nullable = false, length = 200000)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected QuestionnaireVersion() {
    }

    public QuestionnaireVersion(String checksum, String source, Instant loadedAt) {
        this.checksum = checksum;
        this.source = source;
        this.loadedAt = loadedAt;
    }

    public void touch(Instant now) {
        loadedAt = now;
    }

    public String getChecksum() { return checksum; }
    public String getSource() { return source; }
    public Instant getLoadedAt() { return loadedAt; }
}
