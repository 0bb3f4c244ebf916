package vn.chibo.report;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Period reports: figures from query-service's read models, plus what this service tracks from Kafka. */
@SpringBootApplication
@EnableScheduling
public class ReportingServiceApplication {

    /** The configuration file's name: distinct per service so all three can share one classpath. */
    public static final String CONFIG_NAME = "reporting-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReportingServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** This service stores no events of its own: a plain bus keeps Axon from creating an event store here. */
    @Bean
    EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }
}
