package it.percorsi.helpdesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row (id 1) of business calendar and SLA targets, minutes of working time. */
@Entity
@Table(name = "hd_sla_settings")
public class SlaSettingsRow {

    public static final long ID = 1L;

    @Id
    private Long id;
    private String workDays;
    private String opensAt;
    private String closesAt;
    private int firstResponseLow;
    private int firstResponseNormal;
    private int firstResponseHigh;
    private int firstResponseUrgent;
    private int resolutionLow;
    private int resolutionNormal;
    private int resolutionHigh;
    private int resolutionUrgent;
    private int reopenDays;
    private int autoCloseDays;
    @Version
    private long version;

    protected SlaSettingsRow() {
    }

    public void update(String workDays, String opensAt, String closesAt, int[] firstResponse, int[] resolution,
                       int reopenDays, int autoCloseDays) {
        this.workDays = workDays;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        firstResponseLow = firstResponse[0];
        firstResponseNormal = firstResponse[1];
        firstResponseHigh = firstResponse[2];
        firstResponseUrgent = firstResponse[3];
        resolutionLow = resolution[0];
        resolutionNormal = resolution[1];
        resolutionHigh = resolution[2];
        resolutionUrgent = resolution[3];
        this.reopenDays = reopenDays;
        this.autoCloseDays = autoCloseDays;
    }

    public String getWorkDays() { return workDays; }
    public String getOpensAt() { return opensAt; }
    public String getClosesAt() { return closesAt; }
    public int[] getFirstResponse() {
        return new int[] {firstResponseLow, firstResponseNormal, firstResponseHigh, firstResponseUrgent};
    }
    public int[] getResolution() {
        return new int[] {resolutionLow, resolutionNormal, resolutionHigh, resolutionUrgent};
    }
    public int getReopenDays() { return reopenDays; }
    public int getAutoCloseDays() { return autoCloseDays; }
    public long getVersion() { return version; }
}
