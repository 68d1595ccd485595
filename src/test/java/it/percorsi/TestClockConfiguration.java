package it.percorsi;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /**
     * Module listeners (@ApplicationModuleListener, asynchronous in production) run in the
     * test's own thread, after the commit as in production: a test sees the re-planned path as
     * soon as the assessment call returns. A listener's failure is still only logged and its
     * event publication stays incomplete, as in production.
     */
    @Bean
    AsyncConfigurer sameThreadListeners() {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return new SyncTaskExecutor();
            }
        };
    }
}
