package vn.chibo.service.testing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import vn.chibo.service.security.TokenIssuer;

import java.time.Duration;

/**
 * Test classpath only: the TestRestTemplate of a service under test signs its requests as
 * {@link TestIdentities#PLATFORM} unless the test sets an Authorization header itself — and a test
 * that sends {@code Authorization: none} goes without one. Production RestTemplates are untouched.
 */
@AutoConfiguration
public class TestAuthenticationAutoConfiguration {

    public static final String ANONYMOUS = "none";

    @Bean
    static BeanPostProcessor platformIdentityForTestRestTemplate(ObjectProvider<TokenIssuer> issuer) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof TestRestTemplate template) {
                    template.getRestTemplate().getInterceptors().add((request, body, execution) -> {
                        HttpHeaders headers = request.getHeaders();
                        String given = headers.getFirst(HttpHeaders.AUTHORIZATION);
                        if (ANONYMOUS.equals(given)) {
                            headers.remove(HttpHeaders.AUTHORIZATION);
                        } else if (given == null && issuer.getIfAvailable() != null) {
                            headers.setBearerAuth(issuer.getObject().issue(TestIdentities.PLATFORM, Duration.ofHours(1)).token());
                        }
                        return execution.execute(request, body);
                    });
                }
                return bean;
            }
        };
    }
}
