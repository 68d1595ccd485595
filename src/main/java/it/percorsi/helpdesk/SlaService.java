package it.percorsi.helpdesk;

import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.ClosureDay;
import it.percorsi.helpdesk.internal.ClosureDayRepository;
import it.percorsi.helpdesk.internal.SlaSettingsRepository;
import it.percorsi.helpdesk.internal.SlaSettingsRow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ADMIN-configured business calendar and SLA targets, and the due times they give. */
@Service
public class SlaService {

    private final SlaSettingsRepository settings;
    private final ClosureDayRepository closures;

    SlaService(SlaSettingsRepository settings, ClosureDayRepository closures) {
        this.settings = settings;
        this.closures = closures;
    }

    @PreAuthorize("hasAnyRole('HELPDESK','ADMIN')")
    @Transactional(readOnly = true)
    public SlaSettings settings() {
        return toSettings(row());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SlaSettings update(SlaSettings s) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (s.workDays() == null || s.workDays().isEmpty()) {
            errors.add("workDays", "hd.sla.error.noWorkDays");
        }
        if (s.opensAt() == null || s.closesAt() == null
                || (!LocalTime.MIDNIGHT.equals(s.closesAt()) && !s.closesAt().isAfter(s.opensAt()))) {
            errors.add("closesAt", "hd.sla.error.hours");
        }
        for (TicketPriority p : TicketPriority.values()) {
            checkTarget(errors, "firstResponse" + p.name(), s.firstResponseMinutes().get(p));
            checkTarget(errors, "resolution" + p.name(), s.resolutionMinutes().get(p));
        }
        if (s.reopenDays() < 0 || s.reopenDays() > SlaSettings.MAX_DAYS) {
            errors.add("reopenDays", "hd.sla.error.days");
        }
        if (s.autoCloseDays() < 1 || s.autoCloseDays() > SlaSettings.MAX_DAYS) {
            errors.add("autoCloseDays", "hd.sla.error.days");
        }
        errors.throwIfAny();
        SlaSettingsRow row = row();
        if (row.getVersion() != s.version()) {
            throw FieldErrors.of("version", "hd.error.conflict");
        }
        row.update(s.workDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")),
                s.opensAt().toString(), s.closesAt().toString(), targets(s.firstResponseMinutes()),
                targets(s.resolutionMinutes()), s.reopenDays(), s.autoCloseDays());
        settings.flush();
        return toSettings(row);
    }

    @PreAuthorize("hasAnyRole('HELPDESK','ADMIN')")
    @Transactional(readOnly = true)
    public List<ClosureDayView> closures() {
        return closures.findAllByOrderByClosedOnAsc().stream()
                .map(c -> new ClosureDayView(c.getId(), c.getClosedOn(), c.getDescription())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addClosure(java.time.LocalDate date, String description) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (date == null) {
            errors.add("closureDate", "hd.sla.error.date");
        } else if (closures.existsByClosedOn(date)) {
            errors.add("closureDate", "hd.sla.error.dateExists");
        }
        if (description == null || description.isBlank()) {
            errors.add("closureDescription", "hd.error.required");
        } else if (description.length() > ClosureDayView.DESCRIPTION_MAX_LENGTH) {
            errors.add("closureDescription", "hd.error.tooLong");
        }
        errors.throwIfAny();
        closures.save(new ClosureDay(date, description.strip()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeClosure(Long id) {
        closures.deleteById(id);
    }

    /** For the help desk's own services and jobs (no caller check: they have done it). */
    @Transactional(readOnly = true)
    public BusinessCalendar calendar() {
        SlaSettingsRow row = row();
        return calendarOf(row);
    }

    /** Due times of a ticket created (or re-prioritised) at {@code from}. */
    @Transactional(readOnly = true)
    public Instant[] dues(Instant from, TicketPriority priority) {
        SlaSettingsRow row = row();
        BusinessCalendar calendar = calendarOf(row);
        return new Instant[] {
                calendar.plus(from, Duration.ofMinutes(row.getFirstResponse()[priority.ordinal()])),
                calendar.plus(from, Duration.ofMinutes(row.getResolution()[priority.ordinal()]))};
    }

    private BusinessCalendar calendarOf(SlaSettingsRow row) {
        Set<DayOfWeek> days = Arrays.stream(row.getWorkDays().split(",")).map(String::strip).filter(d -> !d.isEmpty())
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new BusinessCalendar(BusinessCalendar.ROME, days, LocalTime.parse(row.getOpensAt()),
                LocalTime.parse(row.getClosesAt()),
                closures.findAll().stream().map(ClosureDay::getClosedOn).collect(Collectors.toSet()));
    }

    private SlaSettingsRow row() {
        return settings.findById(SlaSettingsRow.ID).orElseThrow();
    }

    private static void checkTarget(FieldErrors.Builder errors, String field, Integer minutes) {
        if (minutes == null || minutes < 1 || minutes > SlaSettings.MAX_TARGET_MINUTES) {
            errors.add(field, "hd.sla.error.target");
        }
    }

    private static int[] targets(Map<TicketPriority, Integer> map) {
        return Arrays.stream(TicketPriority.values()).mapToInt(map::get).toArray();
    }

    private static SlaSettings toSettings(SlaSettingsRow row) {
        Map<TicketPriority, Integer> first = new EnumMap<>(TicketPriority.class);
        Map<TicketPriority, Integer> resolution = new EnumMap<>(TicketPriority.class);
        for (TicketPriority p : TicketPriority.values()) {
            first.put(p, row.getFirstResponse()[p.ordinal()]);
            resolution.put(p, row.getResolution()[p.ordinal()]);
        }
        Set<DayOfWeek> days = Arrays.stream(row.getWorkDays().split(",")).filter(d -> !d.isBlank())
                .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new SlaSettings(days, LocalTime.parse(row.getOpensAt()), LocalTime.parse(row.getClosesAt()), first,
                resolution, row.getReopenDays(), row.getAutoCloseDays(), row.getVersion());
    }

    int reopenDays() {
        return row().getReopenDays();
    }

    int autoCloseDays() {
        return row().getAutoCloseDays();
    }
}
