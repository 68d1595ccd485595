package bench.bare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Page {
    @Id
    private String slug;
    private String title;
    @Column(length = 100_000)
    private String markdown;

    protected Page() {
    }

    Page(String slug, String title, String markdown) {
        this.slug = slug;
        this.title = title;
        this.markdown = markdown;
    }

    public String getTitle() { return title; }
    public String getMarkdown() { return markdown; }
}
