package vn.chibo.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run's figures as a Markdown table: measure, figure, same-run baseline, ratio, the target. */
public final class Report {

    public record Row(String measure, String figure, String baseline, String ratio, String target) {
    }

    private final List<String> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    void row(String measure, String figure, String baseline, String ratio, String target) {
        rows.add(new Row(measure, figure, baseline, ratio, target));
    }

    void note(String line) {
        notes.add(line);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append(h).append("\n"));
        out.append("\n| measure | figure | same-run baseline | ratio | target |\n|---|---|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r.measure(), r.figure(), r.baseline(), r.ratio(),
                r.target())).append(" |\n"));
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(n -> out.append("- ").append(n).append("\n"));
        }
        return out.toString();
    }

    Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("load-report.md");
            Files.writeString(file, markdown());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%,.1f", value);
    }

    static String ms(Latencies l) {
        return "p50 " + number(l.percentileMillis(50)) + " ms, p99 " + number(l.percentileMillis(99)) + " ms";
    }

    static String ratio(double figure, double baseline) {
        return Double.isNaN(figure) || Double.isNaN(baseline) || baseline == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", figure / baseline);
    }
}
