package it.percorsi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move forward (token expiry, lockouts, mail back-off). */
public class MutableClock extends Clock {

    private volatile Instant now = micros(Instant.now());

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    private static Instant micros(Instant i) {
        return i.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void reset() {
        now = micros(Instant.now());
    }
}
