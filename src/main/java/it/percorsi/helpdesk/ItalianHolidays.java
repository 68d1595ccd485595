package it.percorsi.helpdesk;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/** Italian national public holidays of any year, Easter Monday included. */
public final class ItalianHolidays {

    private ItalianHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));   // Capodanno
        days.add(LocalDate.of(year, Month.JANUARY, 6));   // Epifania
        LocalDate easter = easterSunday(year);
        days.add(easter);
        days.add(easter.plusDays(1));                      // Lunedì dell'Angelo
        days.add(LocalDate.of(year, Month.APRIL, 25));    // Liberazione
        days.add(LocalDate.of(year, Month.MAY, 1));       // Festa del lavoro
        days.add(LocalDate.of(year, Month.JUNE, 2));      // Festa della Repubblica
        days.add(LocalDate.of(year, Month.AUGUST, 15));   // Ferragosto
        if (year >= 2026) {
            // San Francesco d'Assisi and Santa Caterina: a national holiday again from 2026 (law 151/2025)
            days.add(LocalDate.of(year, Month.OCTOBER, 4));
        }
        days.add(LocalDate.of(year, Month.NOVEMBER, 1));  // Ognissanti
        days.add(LocalDate.of(year, Month.DECEMBER, 8));  // Immacolata
        days.add(LocalDate.of(year, Month.DECEMBER, 25)); // Natale
        days.add(LocalDate.of(year, Month.DECEMBER, 26)); // Santo Stefano
        return days;
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
