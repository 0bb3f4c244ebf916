package vn.chibo.load;

import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.chibo.command.CommandServiceApplication;
import vn.chibo.query.QueryServiceApplication;
import vn.chibo.report.ReportingServiceApplication;

import java.util.Arrays;

/**
 * The main class of one service in a JVM of its own ({@link ServicesApart}): {@code command}, {@code query}
 * or {@code reporting}, then that service's Spring arguments. The same application builders the platform
 * and the deployments use, so the service is measured as it runs in production.
 */
public final class ServiceProcess {

    private ServiceProcess() {
    }

    public static void main(String[] args) {
        SpringApplicationBuilder builder = switch (args[0]) {
            case "command" -> CommandServiceApplication.builder();
            case "query" -> QueryServiceApplication.builder();
            case "reporting" -> ReportingServiceApplication.builder();
            default -> throw new IllegalArgumentException("Unknown service " + args[0]);
        };
        builder.run(Arrays.copyOfRange(args, 1, args.length));
    }
}
