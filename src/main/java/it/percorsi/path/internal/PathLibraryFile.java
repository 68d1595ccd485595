package it.percorsi.path.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "path_library_file")
public class PathLibraryFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 200000)
    private String source;

    protected PathLibraryFile() {
    }

    PathLibraryFile(String fileName, String source) {
        this.fileName = fileName;
        this.source = source;
    }

    public String getFileName() { return fileName; }
    public String getSource() { return source; }
}
