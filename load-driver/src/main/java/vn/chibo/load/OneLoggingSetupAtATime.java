package vn.chibo.load;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts Spring Boot applications side by side in one JVM. Logback's context is the JVM's: two applications
 * configuring it at once race (one resets it while the other parses its patterns, which then fail on
 * {@code %clr}). So each start holds a permit until its logging is set up (the application is prepared),
 * and the rest of the starts, the costly part, still overlap.
 */
final class OneLoggingSetupAtATime {

    private static final Semaphore LOGGING_SETUP = new Semaphore(1);

    private OneLoggingSetupAtATime() {
    }

    static ConfigurableApplicationContext run(SpringApplicationBuilder builder, String... args) {
        LOGGING_SETUP.acquireUninterruptibly();
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.compareAndSet(true, false)) {
                LOGGING_SETUP.release();
            }
        };
        ApplicationListener<ApplicationEvent> setUp = event -> {
            if (event instanceof ApplicationPreparedEvent || event instanceof ApplicationFailedEvent) {
                release.run();
            }
        };
        try {
            return builder.listeners(setUp).run(args);
        } finally {
            release.run();
        }
    }
}
