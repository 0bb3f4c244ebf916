package vn.chibo.query.audit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.events.audit.AuditContract.AuditEntryView;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The decision log as CSV (RFC 4180), with a byte-order mark so spreadsheet programs read the diacritics. */
@Component
class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final List<String> COLUMNS = List.of("time", "what", "detail", "organisation", "actor", "role", "meeting");

    private final MessageSource texts;

    AuditCsv(MessageSource texts) {
        this.texts = texts;
    }

    byte[] write(List<AuditEntryView> entries, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        // the readable columns, then those that identify the event in the store
        line(out, Stream.concat(COLUMNS.stream().map(c -> texts.getMessage("audit.col." + c, null, c, locale)),
                Stream.of("event_id", "event_type", "entity_id")));
        for (AuditEntryView e : entries) {
            line(out, Stream.of(TIME.format(e.occurredAt()), e.label(), e.detail(), e.organisationName(), e.actor(),
                    e.actingRole(), e.meetingId(), e.eventId(), e.eventType(), e.entityId()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, Stream<String> cells) {
        out.append(cells.map(AuditCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes every cell; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
