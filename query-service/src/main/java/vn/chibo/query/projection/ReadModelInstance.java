package vn.chibo.query.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * The name under which this instance claims the read model's segments in {@code token_entry}. Axon's
 * default is the JVM's (pid@host): two instances in one JVM (the launcher, the load driver, tests) would
 * each take the other's claims for their own and process the same segment twice while another waits.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelInstance {

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          TokenStoreProperties properties, @Value("${chibo.read-model.instance:}") String instance) {
        String name = instance.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : instance;
        return JdbcTokenStore.builder().connectionProvider(connections).schema(schema).serializer(serializer)
                .claimTimeout(properties.getClaimTimeout()).nodeId(name).build();
    }
}
