package vn.chibo.service.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.chibo.service.web.Texts;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every chibo service is an OAuth2 resource server: each request carries a JWT (Authorization header,
 * or the sign-in cookie for browsers) whose grants say what its bearer may do where. Production
 * checks the tokens of an identity provider ({@code chibo.security.issuer-uri}); the embedded default
 * signs its own with a shared secret and offers built-in accounts ({@link SignIn}).
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class})
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ChiboSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChiboSecurityAutoConfiguration.class);

    /** Open to anyone: signing in, health and metrics for the orchestrator, API docs, static files. */
    static final String[] PUBLIC_PATHS = {"/login", "/logout", "/api/session", "/error", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/api-docs", "/api-docs/**", "/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
            "/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**"};

    @Bean
    SecurityFilterChain chiboSecurity(HttpSecurity http, Texts texts, ObjectMapper json,
                                      SecurityProperties properties) throws Exception {
        var problems = new SecurityProblems(texts, json, properties.loginPage());
        RequestMatcher publicPaths = new OrRequestMatcher(Arrays.stream(PUBLIC_PATHS)
                .map(AntPathRequestMatcher::antMatcher).toArray(RequestMatcher[]::new));
        return http
                .authorizeHttpRequests(requests -> requests
                        // the request was authorized before it went async or failed
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(publicPaths).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .bearerTokenResolver(SessionCookie.resolver(publicPaths))
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.deniedHandler()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.deniedHandler()))
                // tokens, not sessions; the cookie is SameSite=Strict (see SessionCookie)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The firewall's refusals as bilingual problems, not the container's error page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Texts texts, ObjectMapper json,
                                                                                          SecurityProperties properties) {
        return new SecurityProblems(texts, json, properties.loginPage()).rejectedHandler();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties, Optional<SecretKey> embeddedSecret) {
        if (properties.usesIdentityProvider()) {
            // resolved on first use, so a service starts while its identity provider is still starting
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.issuerUri()));
        }
        var decoder = NimbusJwtDecoder.withSecretKey(embeddedSecret.orElseThrow()).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TokenIssuer.ISSUER));
        return decoder;
    }

    @Bean
    @Conditional(EmbeddedIssuer.class)
    SecretKey chiboTokenSecret(SecurityProperties properties) {
        byte[] secret;
        if (properties.secret() == null || properties.secret().isBlank()) {
            log.warn("chibo.security.secret (CHIBO_JWT_SECRET) is not set: this process signs its tokens with a "
                    + "random key, so no other process accepts them");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.secret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("chibo.security.secret (CHIBO_JWT_SECRET) must be at least 32 bytes");
            }
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    @Bean
    @Conditional(EmbeddedIssuer.class)
    TokenIssuer tokenIssuer(SecretKey chiboTokenSecret, ObjectProvider<Clock> clock) {
        return new TokenIssuer(chiboTokenSecret, clock.getIfAvailable(Clock::systemDefaultZone));
    }

    @Bean
    @Conditional(EmbeddedIssuer.class)
    SignIn signIn(SecurityProperties properties, TokenIssuer issuer, Texts texts) {
        return new SignIn(properties, issuer, PasswordEncoderFactories.createDelegatingPasswordEncoder(), texts);
    }

    @Bean
    WhoAmI whoAmI() {
        return new WhoAmI();
    }

    @Bean(name = "access")
    AccessPolicy access(ObjectProvider<OrganisationTree> tree, ObjectProvider<Clock> clock) {
        return new AccessPolicy(tree.getIfAvailable(() -> NO_TREE), clock.getIfAvailable(Clock::systemDefaultZone));
    }

    /** A service that knows no tree: only whole-tree grants pass. */
    private static final OrganisationTree NO_TREE = new OrganisationTree() {
        @Override
        public boolean isWithin(String organisationId, String ancestorId) {
            return false;
        }

        @Override
        public Optional<String> parentOf(String organisationId) {
            return Optional.empty();
        }
    };
}
