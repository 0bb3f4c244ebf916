package vn.chibo.report;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Period reports: figures from query-service's read models, plus what this service tracks from Kafka. */
@SpringBootApplication
// Swagger UI's "Authorize" takes the bearer token of POST /api/session or of the identity provider
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
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
