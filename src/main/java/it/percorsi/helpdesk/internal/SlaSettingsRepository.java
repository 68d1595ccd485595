package it.percorsi.helpdesk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaSettingsRepository extends JpaRepository<SlaSettingsRow, Long> {
}
