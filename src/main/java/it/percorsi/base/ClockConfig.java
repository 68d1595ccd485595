package it.percorsi.base;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One injectable clock, so tokens, SLAs and mail back-off can be tested with a fixed time. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Microsecond ticks: what the databases store, so a value read back equals the value written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
