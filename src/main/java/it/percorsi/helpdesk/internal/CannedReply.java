package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.CannedReplyState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "hd_canned_reply")
public class CannedReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CannedReplyState state = CannedReplyState.DRAFT;
    @Version
    private long version;

    protected CannedReply() {
    }

    public CannedReply(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public void update(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public void moveTo(CannedReplyState next) {
        this.state = next;
    }

    public Long getId() { return id; }
    public CannedReplyState getState() { return state; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public long getVersion() { return version; }
}
