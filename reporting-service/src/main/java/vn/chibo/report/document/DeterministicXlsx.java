package vn.chibo.report.document;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a workbook whose bytes depend only on its content: POI stamps the package's creation date
 * and every zip entry with the current time, so the date is set to the generation time and the zip
 * is written again with every entry at that time.
 */
public final class DeterministicXlsx {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private DeterministicXlsx() {
    }

    public static byte[] write(XSSFWorkbook workbook, Instant generatedAt) {
        try (workbook) {
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(generatedAt)));
            core.setModified(Optional.of(Date.from(generatedAt)));
            core.setCreator("chibo");
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return restamp(out.toByteArray(), LocalDateTime.ofInstant(generatedAt, VIETNAM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] restamp(byte[] zip, LocalDateTime time) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
