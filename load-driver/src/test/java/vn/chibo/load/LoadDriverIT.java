package vn.chibo.load;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke run CI makes: the driver on a tiny district, end to end, producing its report. It checks
 * that every measurement ran and found what it drove, never how fast (benchmarks are not timed tests).
 */
class LoadDriverIT {

    @Test
    void aTinyRunMeasuresEverythingAndWritesItsReport() throws Exception {
        Path out = Path.of("target", "load-smoke");
        DriverOptions options = DriverOptions.parse(new String[]{"--scale=0.01", "--months=1", "--concurrency=2",
                "--lag-rate=10", "--lag-seconds=1", "--users=3", "--requests=2", "--out=" + out});

        Report report = LoadDriver.run(options, "smoke");

        String written = Files.readString(out.resolve("load-report.md"));
        assertThat(written).isEqualTo(report.markdown());
        assertThat(report.rows()).extracting(Report.Row::measure).anySatisfy(m -> assertThat(m).startsWith("command ingest"))
                .anySatisfy(m -> assertThat(m).startsWith("end-to-end lag"))
                .anySatisfy(m -> assertThat(m).startsWith("projection rebuild: fresh query-service"))
                .anySatisfy(m -> assertThat(m).startsWith("projection rebuild, scale-out: 2 fresh query-service instances"))
                .anySatisfy(m -> assertThat(m).contains("province `tinh-bac-giang`"))
                .anySatisfy(m -> assertThat(m).startsWith("quarterly province report"))
                // one district: two committees merged, one moved, and query-service showed the sums
                .anySatisfy(m -> assertThat(m).startsWith("reorganisation: ").contains("(1 districts, 2 commands"));
        // every measurement got its answers: a refused call (401, 403) or a failed report would leave a note
        assertThat(written).doesNotContain("answered");
        // 5 cells of the district at this scale: their members were registered, all 10 lag commands seen
        assertThat(written).contains("5 cells").contains("10 commands at 10/s (0 not visible");
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.figure()).doesNotContain("–"));
        // each service also ran in a JVM of its own, capped at 512 MB, and its heap was read from it
        for (String service : new String[]{"command", "query", "reporting"}) {
            assertThat(report.rows()).filteredOn(r -> r.measure().startsWith("services apart: heap of " + service + "-service"))
                    .singleElement().satisfies(r -> assertThat(r.figure()).matches("[0-9.,]+ MB; peak [0-9.,]+ MB"));
        }
        assertThat(report.rows()).extracting(Report.Row::measure)
                .anySatisfy(m -> assertThat(m).startsWith("services apart (own JVMs, -Xmx512m): end-to-end lag, 10 commands at 10/s (0 not visible"))
                .anySatisfy(m -> assertThat(m).startsWith("services apart: quarterly province report"));
    }
}
