package vn.chibo.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Keeps docker-compose.yml, the Dockerfiles, the deploy/ files and the services' Spring configuration
 * in step. Nothing runs Docker here, so without this test a renamed variable, port or database would
 * only show up when someone starts the stack.
 */
class DockerComposeConsistencyTest {

    /** Each chibo service and the configuration file its Spring application reads (spring.config.name). */
    private static final Map<String, String> SERVICE_CONFIGS = orderedMap(
            "command-service", "command-service.yml",
            "query-service", "query-service.yml",
            "reporting-service", "reporting-service.yml");

    /** Imported by every service's own configuration. */
    private static final String SHARED_DEFAULTS = "chibo-service-defaults.yml";

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final Pattern CHIBO_PLACEHOLDER = Pattern.compile("\\$\\{(CHIBO_[A-Z0-9_]+)[:}]");
    private static final Pattern HTTP_PORT_DEFAULT = Pattern.compile("\\$\\{CHIBO_HTTP_PORT:(\\d+)}");
    private static final Pattern JDBC_DATABASE = Pattern.compile("^jdbc:postgresql://[^/]+/([^/?]+)(\\?.*)?$");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)\"?");
    private static final String POSTGRES_INIT_DIR = "/docker-entrypoint-initdb.d/";
    private static final String PROMETHEUS_CONFIG_IN_CONTAINER = "/etc/prometheus/prometheus.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Path root;
    private static JsonNode services;

    @BeforeAll
    static void loadCompose() throws IOException {
        root = repositoryRoot();
        services = YAML.readTree(root.resolve("docker-compose.yml").toFile()).path("services");
    }

    @Test
    void definesTheWholeStack() {
        assertThat(fieldNames(services))
                .as("services in docker-compose.yml")
                .contains("postgres", "kafka", "command-service", "query-service", "reporting-service",
                        "keycloak", "sign-in-proxy", "prometheus", "grafana");
    }

    /** Every service trusts the compose's Keycloak realm, and reporting-service's client is defined there. */
    @Test
    void servicesTrustTheIdentityProviderOfTheStack() throws IOException {
        JsonNode realm = YAML.readTree(hostPathMountedAt("keycloak", target -> target.startsWith("/opt/keycloak/data/import")).toFile());
        String issuer = "http://keycloak:8080/realms/" + realm.path("realm").asText();
        assertSoftly(softly -> SERVICE_CONFIGS.keySet().forEach(service -> softly.assertThat(
                environment(service).get("CHIBO_OIDC_ISSUER_URI")).as("%s: CHIBO_OIDC_ISSUER_URI", service).isEqualTo(issuer)));
        List<String> clients = new ArrayList<>();
        realm.path("clients").forEach(client -> clients.add(client.path("clientId").asText()));
        assertThat(clients).as("clients of the realm file").contains(environment("reporting-service").get("CHIBO_OIDC_CLIENT_ID"));
        List<String> users = new ArrayList<>();
        realm.path("users").forEach(user -> users.add(user.path("attributes").path("chibo_grants").get(0).asText()));
        assertThat(users).as("one user per role in the realm file")
                .anyMatch(g -> g.startsWith("MEMBER@")).anyMatch(g -> g.startsWith("SECRETARY@"))
                .anyMatch(g -> g.startsWith("COMMITTEE@")).anyMatch(g -> g.startsWith("AUDITOR@"))
                .anyMatch(g -> g.startsWith("ADMINISTRATOR@"));
    }

    @Test
    void publishedContainerPortIsTheHttpPortAndTheConfigDefault() {
        assertSoftly(softly -> SERVICE_CONFIGS.forEach((service, configFile) -> {
            List<String> containerPorts = new ArrayList<>();
            services.path(service).path("ports").forEach(mapping -> containerPorts.add(containerPort(mapping)));
            String httpPort = environment(service).get("CHIBO_HTTP_PORT");

            Matcher configDefault = HTTP_PORT_DEFAULT.matcher(
                    configTree(configFile).path("server").path("port").asText());
            softly.assertThat(configDefault.matches())
                    .as("%s: server.port in %s should be ${CHIBO_HTTP_PORT:<default>}", service, configFile)
                    .isTrue();

            softly.assertThat(containerPorts)
                    .as("%s: container ports published in docker-compose.yml against its CHIBO_HTTP_PORT", service)
                    .containsExactly(httpPort);
            if (configDefault.matches()) {
                softly.assertThat(httpPort)
                        .as("%s: CHIBO_HTTP_PORT in docker-compose.yml against the default in %s", service, configFile)
                        .isEqualTo(configDefault.group(1));
            }
        }));
    }

    @Test
    void healthCheckProbesTheHttpPort() {
        assertSoftly(softly -> SERVICE_CONFIGS.keySet().forEach(service -> {
            String probe = String.join(" ", texts(services.path(service).path("healthcheck").path("test")));
            String port = environment(service).get("CHIBO_HTTP_PORT");
            softly.assertThat(probe)
                    .as("%s: healthcheck in docker-compose.yml should probe port %s", service, port)
                    .containsPattern("[:/]" + port + "(?!\\d)")
                    .contains("/actuator/health");
        }));
    }

    @Test
    void everyComposeVariableIsReadByTheServiceConfiguration() {
        assertSoftly(softly -> SERVICE_CONFIGS.forEach((service, configFile) -> {
            String configText = String.join("\n", configValues(configFile));
            Set<String> unread = new TreeSet<>();
            for (String name : environment(service).keySet()) {
                boolean read = configText.contains("${" + name + "}") || configText.contains("${" + name + ":");
                if (!JVM_VARIABLES.contains(name) && !read) {
                    unread.add(name);
                }
            }
            softly.assertThat(unread)
                    .as("%s: variables docker-compose.yml sets but neither %s nor %s reads", service, configFile,
                            SHARED_DEFAULTS)
                    .isEmpty();
        }));
    }

    @Test
    void everyConfigPlaceholderIsSetByCompose() {
        assertSoftly(softly -> SERVICE_CONFIGS.forEach((service, configFile) -> {
            Set<String> placeholders = new TreeSet<>();
            for (String value : configValues(configFile)) {
                Matcher matcher = CHIBO_PLACEHOLDER.matcher(value);
                while (matcher.find()) {
                    placeholders.add(matcher.group(1));
                }
            }
            softly.assertThat(environment(service).keySet())
                    .as("%s: environment in docker-compose.yml against the ${CHIBO_...} placeholders of %s and %s",
                            service, configFile, SHARED_DEFAULTS)
                    .containsAll(placeholders);
        }));
    }

    @Test
    void eachServiceHasItsOwnDatabaseCreatedByTheInitScript() throws IOException {
        Path initScript = hostPathMountedAt("postgres", target -> target.startsWith(POSTGRES_INIT_DIR));
        Set<String> created = new TreeSet<>();
        Matcher matcher = CREATE_DATABASE.matcher(Files.readString(initScript));
        while (matcher.find()) {
            created.add(matcher.group(1));
        }

        Map<String, String> databaseByService = new LinkedHashMap<>();
        assertSoftly(softly -> SERVICE_CONFIGS.keySet().forEach(service -> {
            String url = environment(service).get("CHIBO_DB_URL");
            Matcher jdbc = JDBC_DATABASE.matcher(url == null ? "" : url);
            softly.assertThat(jdbc.matches()).as("%s: CHIBO_DB_URL %s is a PostgreSQL JDBC URL", service, url).isTrue();
            if (jdbc.matches()) {
                databaseByService.put(service, jdbc.group(1));
                softly.assertThat(created)
                        .as("%s: databases %s creates", service, root.relativize(initScript))
                        .contains(jdbc.group(1));
            }
        }));
        assertThat(new LinkedHashSet<>(databaseByService.values()))
                .as("databases of the services (no two may share one): %s", databaseByService)
                .hasSameSizeAs(databaseByService.values());
    }

    @Test
    void dockerfileBuildsTheServiceExecJar() {
        String version = childText(rootPom().getDocumentElement(), "version");
        assertSoftly(softly -> SERVICE_CONFIGS.keySet().forEach(service -> {
            Path dockerfile = dockerfile(service);
            softly.assertThat(dockerfile).as("%s: Dockerfile", service).isRegularFile();
            if (Files.isRegularFile(dockerfile)) {
                String text = read(dockerfile);
                String jar = service + "/target/" + service + "-" + version + "-exec.jar";
                softly.assertThat(text.contains("-pl " + service + " -am"))
                        .as("%s: %s builds with -pl %s -am", service, root.relativize(dockerfile), service)
                        .isTrue();
                softly.assertThat(text.contains(jar))
                        .as("%s: %s copies %s into the image", service, root.relativize(dockerfile), jar)
                        .isTrue();
            }
        }));
    }

    @Test
    void dockerfileCopiesWhatTheReactorBuildNeeds() {
        List<String> modules = childTexts(childElement(rootPom().getDocumentElement(), "modules"), "module");
        assertSoftly(softly -> SERVICE_CONFIGS.keySet().forEach(service -> {
            Path dockerfile = dockerfile(service);
            if (!Files.isRegularFile(dockerfile)) {
                return; // reported by dockerfileBuildsTheServiceExecJar
            }
            String text = read(dockerfile);
            List<String> missing = new ArrayList<>();
            // Maven reads every module the root pom lists, even when building one of them
            for (String module : modules) {
                if (!text.contains("COPY " + module + "/pom.xml")) {
                    missing.add("COPY " + module + "/pom.xml");
                }
            }
            // -am builds the service and every chibo module it depends on, in any scope
            for (String module : chiboModulesBuiltWith(service)) {
                if (!text.contains("COPY " + module + "/src")) {
                    missing.add("COPY " + module + "/src");
                }
            }
            softly.assertThat(missing)
                    .as("%s: instructions %s lacks for mvn -pl %s -am", service, root.relativize(dockerfile), service)
                    .isEmpty();
        }));
    }

    @Test
    void prometheusScrapesEachService() throws IOException {
        Path config = hostPathMountedAt("prometheus", PROMETHEUS_CONFIG_IN_CONTAINER::equals);
        JsonNode scrapeConfigs = YAML.readTree(config.toFile()).path("scrape_configs");

        Set<String> actuatorTargets = new TreeSet<>();
        for (JsonNode job : scrapeConfigs) {
            if ("/actuator/prometheus".equals(job.path("metrics_path").asText())) {
                job.path("static_configs").forEach(group -> actuatorTargets.addAll(texts(group.path("targets"))));
            }
        }
        assertSoftly(softly -> SERVICE_CONFIGS.keySet().forEach(service ->
                softly.assertThat(actuatorTargets)
                        .as("%s: targets %s scrapes at /actuator/prometheus", service, root.relativize(config))
                        .contains(service + ":" + environment(service).get("CHIBO_HTTP_PORT"))));
    }

    // --- docker-compose.yml ---

    /** The service's environment, whether written as a map or as a list of NAME=value. */
    private static Map<String, String> environment(String service) {
        JsonNode environment = services.path(service).path("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isObject()) {
            environment.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().asText()));
        } else {
            for (String entry : texts(environment)) {
                int equals = entry.indexOf('=');
                variables.put(equals < 0 ? entry : entry.substring(0, equals),
                        equals < 0 ? null : entry.substring(equals + 1));
            }
        }
        return variables;
    }

    /** "8081", "8081:8081", "127.0.0.1:8081:8081/tcp" or the long syntax: the container side. */
    private static String containerPort(JsonNode mapping) {
        if (mapping.isObject()) {
            return mapping.path("target").asText();
        }
        String text = mapping.asText();
        String port = text.substring(text.lastIndexOf(':') + 1);
        int protocol = port.indexOf('/');
        return protocol < 0 ? port : port.substring(0, protocol);
    }

    /** The host file of a short-syntax bind mount ("./host:/container[:ro]") whose target matches. */
    private static Path hostPathMountedAt(String service, Predicate<String> target) {
        for (String volume : texts(services.path(service).path("volumes"))) {
            String[] parts = volume.split(":");
            if (parts.length >= 2 && parts[0].startsWith(".") && target.test(parts[1])) {
                Path host = root.resolve(parts[0]).normalize();
                assertThat(host).as("%s: mounted file %s", service, parts[0]).isRegularFile();
                return host;
            }
        }
        throw new AssertionError(service + ": no bind mount with the expected target in " + texts(
                services.path(service).path("volumes")));
    }

    private static Path dockerfile(String service) {
        JsonNode build = services.path(service).path("build");
        return root.resolve(build.path("context").asText(".")).resolve(build.path("dockerfile").asText("Dockerfile"))
                .normalize();
    }

    // --- Spring configuration on the test classpath ---

    private static JsonNode configTree(String resource) {
        List<JsonNode> documents = configDocuments(resource);
        return documents.isEmpty() ? YAML.createObjectNode() : documents.get(0);
    }

    /** Every scalar value of the service's own file and of the shared defaults; comments do not count. */
    private static List<String> configValues(String serviceConfig) {
        List<String> values = new ArrayList<>();
        for (String resource : List.of(serviceConfig, SHARED_DEFAULTS)) {
            configDocuments(resource).forEach(document -> collectScalars(document, values));
        }
        return values;
    }

    private static List<JsonNode> configDocuments(String resource) {
        URL url = DockerComposeConsistencyTest.class.getClassLoader().getResource(resource);
        assertThat(url).as("%s on the standalone test classpath", resource).isNotNull();
        try (InputStream in = url.openStream()) {
            return YAML.readValues(YAML.getFactory().createParser(in), JsonNode.class).readAll();
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + url, e);
        }
    }

    private static void collectScalars(JsonNode node, List<String> values) {
        if (node.isContainerNode()) {
            node.forEach(child -> collectScalars(child, values));
        } else {
            values.add(node.asText());
        }
    }

    // --- Maven reactor ---

    private static Document rootPom() {
        return pom(root.resolve("pom.xml"));
    }

    /** The service module and the chibo modules it depends on, transitively, as -am selects them. */
    private static Set<String> chiboModulesBuiltWith(String module) {
        Map<String, String> directoryByArtifact = new HashMap<>();
        for (String directory : childTexts(childElement(rootPom().getDocumentElement(), "modules"), "module")) {
            String artifactId = childText(pom(root.resolve(directory).resolve("pom.xml")).getDocumentElement(),
                    "artifactId");
            directoryByArtifact.put(artifactId, directory);
        }
        Set<String> selected = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(module));
        while (!pending.isEmpty()) {
            String directory = pending.remove(0);
            if (!selected.add(directory)) {
                continue;
            }
            Element project = pom(root.resolve(directory).resolve("pom.xml")).getDocumentElement();
            Element dependencies = childElement(project, "dependencies");
            for (Element dependency : childElements(dependencies, "dependency")) {
                String sibling = directoryByArtifact.get(childText(dependency, "artifactId"));
                if ("vn.chibo".equals(childText(dependency, "groupId")) && sibling != null) {
                    pending.add(sibling);
                }
            }
        }
        return selected;
    }

    private static Document pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("Cannot parse " + file, e);
        }
    }

    private static Element childElement(Element parent, String name) {
        List<Element> children = childElements(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    private static List<Element> childElements(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent != null) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && name.equals(element.getTagName())) {
                    children.add(element);
                }
            }
        }
        return children;
    }

    private static String childText(Element parent, String name) {
        Element child = childElement(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    private static List<String> childTexts(Element parent, String name) {
        return childElements(parent, name).stream().map(e -> e.getTextContent().trim()).toList();
    }

    // --- plumbing ---

    /** Surefire runs in the module directory; the compose file is at the repository root above it. */
    private static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new AssertionError("No docker-compose.yml in " + Paths.get("").toAbsolutePath() + " or above");
    }

    /** The elements of a YAML list as text; a lone scalar counts as a list of one. */
    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        if (list.isValueNode()) {
            texts.add(list.asText());
        } else {
            list.forEach(element -> texts.add(element.asText()));
        }
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
