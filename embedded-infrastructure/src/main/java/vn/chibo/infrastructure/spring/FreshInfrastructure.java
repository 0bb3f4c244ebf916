package vn.chibo.infrastructure.spring;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.infrastructure.TestInfrastructure;

/**
 * Gives a Spring test context its own database on the real test PostgreSQL and its own topic on the
 * real test broker, so no context sees another's tokens or events.
 * Use with {@code @ContextConfiguration(initializers = FreshInfrastructure.class)}.
 */
public class FreshInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var postgres = TestInfrastructure.postgres();
        String name = context.getEnvironment().getProperty("spring.application.name", "chibo")
                .replace('-', '_');
        TestPropertyValues.of(
                "spring.datasource.url=" + TestInfrastructure.freshDatabase(name),
                "spring.datasource.username=" + postgres.user(),
                "spring.datasource.password=" + postgres.password(),
                "chibo.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "chibo.kafka.topic=" + TestInfrastructure.freshTopic()
        ).applyTo(context);
    }
}
