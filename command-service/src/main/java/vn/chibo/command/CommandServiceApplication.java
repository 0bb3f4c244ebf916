package vn.chibo.command;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** Command side: aggregates decide, the PostgreSQL event store records, a tracking publisher sends to Kafka. */
@SpringBootApplication
// Swagger UI's "Authorize" takes the bearer token of POST /api/session or of the identity provider
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CommandServiceApplication {

    /** The configuration file's name: distinct per service so all three can share one classpath. */
    public static final String CONFIG_NAME = "command-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Vietnam's time: meetings, deadlines and periods are all local to it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
