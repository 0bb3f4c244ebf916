package vn.chibo.query;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import vn.chibo.query.projection.ReadModelJdbc;

import javax.sql.DataSource;

import java.time.Clock;
import java.time.ZoneId;

/** Read side: consumes the event topic from Kafka into read models per committee level. */
@SpringBootApplication
// Swagger UI's "Authorize" takes the bearer token of POST /api/session or of the identity provider
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class QueryServiceApplication {

    /** The configuration file's name: distinct per service so all three can share one classpath. */
    public static final String CONFIG_NAME = "query-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    /** Today, as the cells reckon it: what "in force today" means for an exemption. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The read model's template, also under Boot's NamedParameterJdbcTemplate: projections may defer writes. */
    @Bean
    ReadModelJdbc jdbcTemplate(DataSource dataSource) {
        return new ReadModelJdbc(dataSource);
    }

    /** This service stores no events of its own: a plain bus keeps Axon from creating an event store here. */
    @Bean
    EventBus eventBus() {
        return SimpleEventBus.builder().build();
    }
}
