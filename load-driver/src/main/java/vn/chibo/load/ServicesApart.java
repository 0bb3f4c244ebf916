package vn.chibo.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * The services apart, each in a JVM of its own with the heap a deployment gives it ({@value #MAX_HEAP}),
 * started from the driver's own classpath ({@link ServiceProcess}). Each one's heap is read from its own
 * {@code /actuator/prometheus} (the sum of {@code jvm_memory_used_bytes{area="heap"}}): sampled every
 * second for the peak, and once after a full GC that {@code jcmd} asks of it. In the one JVM of the
 * platform the services' heaps cannot be told apart; here each figure is one service's alone.
 */
final class ServicesApart implements AutoCloseable {

    static final String MAX_HEAP = "-Xmx512m";
    private static final Logger log = LoggerFactory.getLogger(ServicesApart.class);
    private static final double MB = 1024.0 * 1024.0;

    /** One service's JVM: where it answers and where its log goes. */
    record Service(String name, Process process, String url, Path log) {
    }

    private final List<String> commonArguments;
    private final Path logs;
    private final Http http;
    private final List<Service> started = new ArrayList<>();
    private final Map<String, Double> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-sampler");
        t.setDaemon(true);
        return t;
    });

    /** {@code commonArguments}: the Spring arguments every service gets (broker, topic, token secret, database user). */
    ServicesApart(List<String> commonArguments, Path logs, Http http) {
        this.commonArguments = commonArguments;
        this.logs = logs;
        this.http = http;
        sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts the service on its database and waits until it is healthy. */
    Service start(String name, String databaseUrl, String... extra) {
        int port = freePort();
        List<String> command = new ArrayList<>(javaCommand());
        command.add(name);
        command.add("--spring.datasource.url=" + databaseUrl);
        command.add("--server.port=" + port);
        command.addAll(commonArguments);
        command.addAll(List.of(extra));
        Path logFile = logs.resolve("service-" + name + ".log");
        try {
            Files.createDirectories(logs);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            Service service = new Service(name, process, "http://localhost:" + port, logFile);
            started.add(service);
            awaitHealthy(service);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highest heap use sampled while the service ran, in MB. */
    double peakMegabytes(Service service) {
        sample();
        return peaks.getOrDefault(service.name(), Double.NaN);
    }

    /** Heap in use just after a full GC of the service's JVM, in MB (NaN without jcmd: no forced GC here). */
    double afterGcMegabytes(Service service) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Double.NaN;
        }
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(service.process().pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                return Double.NaN;
            }
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        return heapMegabytes(service);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).process().destroy();
        }
        for (Service service : started) {
            try {
                if (!service.process().waitFor(60, TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                service.process().destroyForcibly();
            }
        }
    }

    private void sample() {
        for (Service service : List.copyOf(started)) {
            if (service.process().isAlive()) {
                try {
                    peaks.merge(service.name(), heapMegabytes(service), Math::max);
                } catch (RuntimeException e) {
                    // still starting or stopping: the next sample counts
                }
            }
        }
    }

    private double heapMegabytes(Service service) {
        double bytes = 0;
        for (String line : http.getText(service.url() + "/actuator/prometheus").split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return bytes / MB;
    }

    private void awaitHealthy(Service service) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.process().isAlive()) {
                throw new IllegalStateException(service.name() + "-service stopped while starting; see " + service.log());
            }
            try {
                if (http.get(service.url() + "/actuator/health") == 200) {
                    log.info("{}-service is up in its own JVM at {}", service.name(), service.url());
                    return;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            Http.sleep(250);
        }
        throw new IllegalStateException(service.name() + "-service was not healthy within 5 minutes; see " + service.log());
    }

    /**
     * {@code java} with this JVM's classpath: the driver's Spring Boot jar (its nested jars loaded by Boot's
     * PropertiesLauncher) or, in tests, the plain classpath.
     */
    private static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, MAX_HEAP, "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        if (isBootJar(classpath)) {
            command.addAll(List.of("-Dloader.main=" + ServiceProcess.class.getName(), "-cp", classpath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classpath, ServiceProcess.class.getName()));
        }
        return command;
    }

    private static boolean isBootJar(String classpath) {
        if (!classpath.endsWith(".jar") || classpath.contains(java.io.File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classpath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
