package it.percorsi.path.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The sources of a path library that passed validation, kept as the fallback for broken files. */
@Entity
@Table(name = "path_library_version")
public class PathLibraryVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String checksum;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "library_id", nullable = false)
    private List<PathLibraryFile> files = new ArrayList<>();

    protected PathLibraryVersion() {
    }

    public PathLibraryVersion(String checksum, SortedMap<String, String> sources, Instant now) {
        this.checksum = checksum;
        this.loadedAt = now;
        sources.forEach((name, source) -> files.add(new PathLibraryFile(name, source)));
    }

    public void touch(Instant now) {
        loadedAt = now;
    }

    public SortedMap<String, String> sources() {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach(f -> out.put(f.getFileName(), f.getSource()));
        return out;
    }

    public String getChecksum() { return checksum; }
}
