package vn.chibo.service;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.service.consumer.RepeatedEventFilter;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import vn.chibo.events.EventMetadata;
import vn.chibo.events.audit.ChainDigestUpcaster;
import vn.chibo.service.correlation.CorrelationIdFilter;
import vn.chibo.service.correlation.CorrelationLoggingInterceptor;
import vn.chibo.service.kafka.EventTopic;
import vn.chibo.service.kafka.EventTopicProperties;
import vn.chibo.service.kafka.KafkaClientMetrics;
import vn.chibo.service.kafka.KafkaHealthIndicator;
import vn.chibo.service.web.CommonProblemHandler;
import vn.chibo.service.web.PlainText;
import vn.chibo.service.web.PlainTextParameters;
import vn.chibo.service.web.Texts;
import com.fasterxml.jackson.databind.Module;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every chibo service gets: the event topic, Kafka health and metrics, correlation ids, problems. */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties(EventTopicProperties.class)
public class ServiceCommonAutoConfiguration {

    /**
     * Bean Validation's "today" (@PastOrPresent, @FutureOrPresent) is Vietnam's, as the users' dates are:
     * with the JVM's zone (UTC on servers) a date typed between 00:00 and 07:00 in Vietnam was "in the future".
     */
    @Bean
    ValidationConfigurationCustomizer vietnamToday() {
        return configuration -> configuration.clockProvider(() -> Clock.system(VIETNAM));
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Old revisions of published events, read as today's (Axon registers every EventUpcaster bean). */
    @Bean
    ChainDigestUpcaster chainDigestUpcaster() {
        return new ChainDigestUpcaster();
    }

    @Bean
    EventTopic eventTopic(EventTopicProperties properties) {
        return new EventTopic(properties);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(EventTopicProperties properties) {
        return new KafkaHealthIndicator(properties);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    Texts texts(MessageSource messageSource) {
        return new Texts(messageSource);
    }

    /** Query parameters with control characters or broken Unicode are refused (see PlainText). */
    @Bean
    WebMvcConfigurer plainTextParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PlainTextParameters());
            }
        };
    }

    /** Request bodies: strings with control characters or broken Unicode are refused (see PlainText). */
    @Bean
    Module plainTextOnly() {
        return PlainText.module();
    }

    @Bean
    CommonProblemHandler commonProblemHandler(Texts texts) {
        return new CommonProblemHandler(texts);
    }

    /** Token tables use snake_case names, owned by Flyway with bytea columns. */
    @Bean
    @ConditionalOnMissingBean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Copies who-did-it and the correlation id from each command onto the events it causes. */
    @Bean
    CorrelationDataProvider auditMetadata() {
        return new SimpleCorrelationDataProvider(EventMetadata.ALL.toArray(String[]::new));
    }

    @Bean
    ConfigurerModule correlationLogging() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((config, name) -> new CorrelationLoggingInterceptor<>()));
    }

    /**
     * A handler that fails stops its processor, which retries the batch with back-off; Axon's default
     * would log the failure and go on, leaving a read model silently short of an event.
     */
    @Bean
    ConfigurerModule failuresAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }

    /**
     * Every processing group named in {@code chibo.consumer.processing-groups} (the groups that read
     * the Kafka topic) applies each event once; its database needs {@code db/migration/consumer}.
     */
    @Bean
    ConfigurerModule repeatedEventFilter(JdbcTemplate jdbc,
                                         @Value("${chibo.consumer.processing-groups:}") List<String> groups) {
        return configurer -> groups.forEach(group -> configurer.eventProcessing()
                .registerHandlerInterceptor(group, config -> new RepeatedEventFilter(jdbc)));
    }

    @Bean
    static BeanPostProcessor kafkaClientMetrics(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                // the registry is looked up only when a client is created: asking for it here would
                // create it in the middle of creating other beans
                if (bean instanceof ProducerFactory producers) {
                    return KafkaClientMetrics.measured(producers, registry::getIfAvailable);
                }
                if (bean instanceof ConsumerFactory consumers) {
                    return KafkaClientMetrics.measured(consumers, registry::getIfAvailable);
                }
                return bean;
            }
        };
    }
}
