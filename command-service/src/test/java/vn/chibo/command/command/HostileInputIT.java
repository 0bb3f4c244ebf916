package vn.chibo.command.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.events.ContractJson;
import vn.chibo.infrastructure.spring.FreshInfrastructure;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input at every command endpoint of the service (found from its request mappings, so a new
 * endpoint is fuzzed too): for each field of a plausible body, oversized text, wrong types, SQL and
 * script fragments, NUL and broken Unicode; malformed and hostile bodies, paths and command ids.
 * Whatever comes in, the answer is a problem in Vietnamese and English, never a server error, and a
 * refused command stores nothing.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = FreshInfrastructure.class)
class HostileInputIT {

    /** Text no field should break on; each either stored exactly as sent or refused. */
    static final List<String> HOSTILE_TEXT = List.of(
            "x".repeat(100_000),
            "'; drop table domain_event_entry; --",
            "\" or 1=1 --",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "nul\u0000byte",
            "lone \uD800 surrogate",
            "\u202Eright-to-left override",
            "${jndi:ldap://example.invalid/a}",
            "../../etc/passwd",
            "   ",
            "");

    private static final List<JsonNode> WRONG_TYPES = List.of(
            JsonNodeFactory.instance.numberNode(new java.math.BigInteger("1" + "0".repeat(400))),
            JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.objectNode().put("$gt", ""),
            JsonNodeFactory.instance.arrayNode().add("a").add(1),
            JsonNodeFactory.instance.textNode("2026-02-30"),
            JsonNodeFactory.instance.textNode("99999-01-01T00:00:00"),
            JsonNodeFactory.instance.nullNode());

    private static final List<String> HOSTILE_PATHS = List.of("x".repeat(300), "a b", "%00", "..%2F..%2Fetc",
            "%3Cscript%3E", "%F0%28%8C%28");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = ContractJson.newObjectMapper();
    private final Random random = new Random(20261122);
    private int commandIds;

    @Test
    void everyCommandEndpointAnswersHostileFieldsWithAProblemAndStoresNothingItRefused() throws Exception {
        List<Endpoint> endpoints = commandEndpoints();
        assertThat(endpoints).as("command endpoints found").hasSizeGreaterThan(30);
        int accepted = 0;
        for (Endpoint endpoint : endpoints) {
            ObjectNode plausible = (ObjectNode) json.valueToTree(sample(endpoint.body(), 0));
            for (String field : iterable(plausible.fieldNames())) {
                for (String text : HOSTILE_TEXT) {
                    accepted += send(endpoint, endpoint.path("fz-1"), fresh(endpoint, plausible).put(field, text).toString());
                }
                for (JsonNode wrong : pick(WRONG_TYPES, 3)) {
                    accepted += send(endpoint, endpoint.path("fz-1"), fresh(endpoint, plausible).set(field, wrong).toString());
                }
            }
        }
        // the hostile text reached the store where it is legitimate text (a name with quotes or markup)
        assertThat(accepted).as("commands accepted with hostile text in a free-text field").isPositive();
    }

    /**
     * The plausible body made to pass where it can: a new aggregate id for creations, and references to
     * an organisation tree that exists ({@link #aTreeToReferTo}), so the hostile field reaches the store.
     */
    private ObjectNode fresh(Endpoint endpoint, ObjectNode plausible) {
        aTreeToReferTo();
        ObjectNode body = plausible.deepCopy();
        String target = targetIdentifier(endpoint.body());
        if (target != null && !endpoint.path().contains("{")) {
            body.put(target, "fz-new-" + commandIds);
        }
        if (body.has("parentId")) {
            body.put("parentId", "fz-root");
        }
        for (String reference : List.of("cellId", "organisationId")) {
            if (body.has(reference) && !reference.equals(target)) {
                body.put(reference, "fz-cell");
            }
        }
        return body;
    }

    private boolean treeCreated;

    private void aTreeToReferTo() {
        if (treeCreated) {
            return;
        }
        treeCreated = true;
        post("/api/organisations", "fz-root", """
                {"organisationId":"fz-root","name":"Đảng ủy xã Thử","kind":"COMMITTEE","levelLabel":"Đảng ủy",
                 "effectiveDate":"2020-01-01"}""", MediaType.APPLICATION_JSON);
        post("/api/organisations", "fz-cell", """
                {"organisationId":"fz-cell","name":"Chi bộ thôn Thử","kind":"CELL","cellType":"VILLAGE",
                 "levelLabel":"Chi bộ","parentId":"fz-root","effectiveDate":"2020-01-01"}""", MediaType.APPLICATION_JSON);
    }

    private static String targetIdentifier(Class<?> command) {
        for (RecordComponent component : command.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(org.axonframework.modelling.command.TargetAggregateIdentifier.class)
                    || command.getDeclaredFields().length > 0 && fieldAnnotated(command, component.getName())) {
                return component.getName();
            }
        }
        return null;
    }

    private static boolean fieldAnnotated(Class<?> command, String name) {
        try {
            return command.getDeclaredField(name).isAnnotationPresent(org.axonframework.modelling.command.TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @Test
    void malformedBodiesPathsAndCommandIdsAreProblemsToo() {
        for (Endpoint endpoint : commandEndpoints()) {
            String path = endpoint.path("fz-1");
            for (String body : List.of("", "{", "[]", "null", "\"text\"", "{\"a\":" + "[".repeat(5000),
                    "{\"organisationId\":\"a\",\"organisationId\":\"b\"}", "\u0000", "{\"x\":\"\\ud800\"}")) {
                send(endpoint, path, body);
            }
            if (endpoint.path().contains("{")) {
                for (String id : HOSTILE_PATHS) {
                    send(endpoint, endpoint.path(id), "{}");
                }
            }
        }
        Endpoint any = commandEndpoints().get(0);
        for (String commandId : List.of("x".repeat(500), "a b", "<script>", "ü", "../x")) {
            ResponseEntity<String> response = post(any.path("fz-1"), commandId, "{}", MediaType.APPLICATION_JSON);
            assertProblem(any.path("fz-1"), commandId, response);
        }
        ResponseEntity<String> wrongType = post(any.path("fz-1"), nextCommandId(), "<a/>", MediaType.APPLICATION_XML);
        assertProblem(any.path("fz-1"), "xml", wrongType);
    }

    /** Sends the body; returns 1 if the command was accepted, 0 if refused (with nothing stored). */
    private int send(Endpoint endpoint, String path, String body) {
        long before = storedEvents();
        ResponseEntity<String> response = post(path, nextCommandId(), body, MediaType.APPLICATION_JSON);
        if (response.getStatusCode().is2xxSuccessful()) {
            return 1;
        }
        assertProblem(path, body, response);
        assertThat(storedEvents()).as("a refused command stores nothing: " + path + " " + abbreviated(body))
                .isEqualTo(before);
        return 0;
    }

    private static void assertProblem(String path, String body, ResponseEntity<String> response) {
        String what = path + " " + abbreviated(body) + " → " + response.getStatusCode() + " " + abbreviated(response.getBody());
        assertThat(response.getStatusCode().is4xxClientError()).as(what).isTrue();
        assertThat(response.getHeaders().getContentType()).as(what).isNotNull();
        assertThat(response.getHeaders().getContentType().toString()).as(what).startsWith("application/problem+json");
        assertThat(response.getBody()).as(what).contains("\"title\"", "\"titleEn\"", "\"detail\"", "\"detailEn\"");
    }

    private ResponseEntity<String> post(String path, String commandId, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set("Idempotency-Key", commandId);
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private String nextCommandId() {
        return "fuzz-" + commandIds++;
    }

    private long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static String abbreviated(String text) {
        return text == null ? "null" : text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }

    /** The POST endpoints that take a command body (the chain's verification takes none). */
    private List<Endpoint> commandEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (MethodParameter parameter : e.getValue().getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    for (String pattern : e.getKey().getPatternValues()) {
                        endpoints.add(new Endpoint(pattern, parameter.getParameterType()));
                    }
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::path));
        return endpoints;
    }

    record Endpoint(String path, Class<?> body) {
        String path(String id) {
            return path.replaceAll("\\{[^}]+}", id);
        }
    }

    /** A body of the right shape: ids, names, dates and enum values that read as real ones. */
    private Object sample(Type type, int depth) throws Exception {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) return "fz-" + depth;
        if (raw == int.class || raw == Integer.class) return 1;
        if (raw == long.class || raw == Long.class) return 1L;
        if (raw == boolean.class || raw == Boolean.class) return false;
        if (raw == LocalDate.class) return LocalDate.of(2026, 3, 5);
        if (raw == LocalDateTime.class) return LocalDateTime.of(2026, 3, 5, 7, 30);
        if (raw == java.time.YearMonth.class) return java.time.YearMonth.of(2026, 3);
        if (raw.isEnum()) return raw.getEnumConstants()[0];
        if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return depth > 3 ? List.of() : List.of(sample(element, depth + 1));
        }
        if (raw.isRecord() && depth <= 4) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), depth + 1);
                types[i] = components[i].getType();
            }
            var constructor = raw.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }
        return null;
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }
}
