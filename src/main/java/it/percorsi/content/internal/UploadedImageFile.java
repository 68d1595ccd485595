package it.percorsi.content.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture uploaded in the portal for a guide, stored with the content (table content_image). */
@Entity
@Table(name = "content_image")
public class UploadedImageFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The path under images/, e.g. focus-group/schema.png: the markdown writes images/ + path. */
    @Column(nullable = false, length = 300)
    private String path;
    @Column(name = "guide_slug", length = 120)
    private String guideSlug;
    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;
    @Column(name = "alt_text", nullable = false, length = 500)
    private String altText;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    private int width;
    private int height;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected UploadedImageFile() {
    }

    public UploadedImageFile(String path, String guideSlug, String mediaType, String altText, byte[] content,
                             int width, int height, String sha256, String uploadedBy, Instant uploadedAt) {
        this.path = path;
        this.guideSlug = guideSlug;
        this.mediaType = mediaType;
        this.altText = altText;
        this.content = content;
        this.sizeBytes = content.length;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public String getPath() { return path; }
    public String getGuideSlug() { return guideSlug; }
    public String getMediaType() { return mediaType; }
    public String getAltText() { return altText; }
    public long getSizeBytes() { return sizeBytes; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
