package vn.chibo.events;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type of the contract survives the trip through the serializer the services give Axon. */
class EventRoundTripTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(ContractJson.newObjectMapper())
            .build();

    @Test
    void everyEventRoundTripsThroughAxonsJacksonSerializer() throws Exception {
        List<Class<?>> events = eventTypes();
        assertThat(events).as("events found in the contract").hasSizeGreaterThanOrEqualTo(5);
        assertThat(events).extracting(Class::getSimpleName).as("report approval events")
                .contains("ReportSubmitted", "ReportAccepted", "ReportReturned", "ReportReopened");

        for (Class<?> type : events) {
            Object event = sample(type);
            SerializedObject<byte[]> bytes = serializer.serialize(event, byte[].class);
            Object back = serializer.deserialize(bytes);

            assertThat(back).as(type.getSimpleName()).isEqualTo(event);
            assertThat(bytes.getType().getRevision()).as(type.getSimpleName() + " revision")
                    .isEqualTo(type.getAnnotation(Revision.class).value());
        }
    }

    @Test
    void eventsAreImmutableRecordsNamedInThePastTense() throws Exception {
        for (Class<?> type : eventTypes()) {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(type.getSimpleName()).as("past tense").matches(".*(ed|Held|Sent|Taken|Given|Begun|Written|Split|Left|Became\\w+)$");
        }
    }

    static List<Class<?>> eventTypes() throws IOException, ClassNotFoundException {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> types = new ArrayList<>();
        for (Resource resource : resolver.getResources("classpath*:vn/chibo/events/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            Class<?> type = Class.forName(name);
            if (type.isAnnotationPresent(Revision.class)) {
                types.add(type);
            }
        }
        return types;
    }

    /** Builds an instance with a distinct, non-default value in every component. */
    static Object sample(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleValue(components[i].getGenericType(), i);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object sampleValue(Type generic, int i) throws ReflectiveOperationException {
        if (generic instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return List.of(sampleValue(element, i), sampleValue(element, i + 1));
        }
        Class<?> type = (Class<?>) generic;
        if (type == String.class) return "Chi bộ thôn Đồng Mậm " + i;
        if (type == int.class || type == Integer.class) return 7 + i;
        if (type == long.class || type == Long.class) return 70L + i;
        if (type == boolean.class || type == Boolean.class) return true;
        if (type == LocalDate.class) return LocalDate.of(2026, 3, 5).plusDays(i);
        if (type == LocalDateTime.class) return LocalDateTime.of(2026, 3, 5, 7, 30).plusMinutes(i);
        if (type == YearMonth.class) return YearMonth.of(2026, 3);
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[i % constants.length];
        }
        if (type.isRecord()) return sample(type);
        throw new IllegalArgumentException("add a sample for " + type);
    }
}
