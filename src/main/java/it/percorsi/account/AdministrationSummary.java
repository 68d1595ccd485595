package it.percorsi.account;

public record AdministrationSummary(Long id, String name, String ipaCode, AdministrationType type, Region region,
                                    SizeBand sizeBand) {

    static AdministrationSummary of(Administration a) {
        return new AdministrationSummary(a.getId(), a.getName(), a.getIpaCode(), a.getType(), a.getRegion(),
                a.getSizeBand());
    }

    public String label() {
        return ipaCode == null ? name : name + " (" + ipaCode + ")";
    }
}
