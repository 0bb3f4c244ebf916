package vn.chibo.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.AttendanceRecorded;
import vn.chibo.events.meeting.MeetingContract.MeetingHeld;
import vn.chibo.events.meeting.MeetingContract.MeetingScheduled;
import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MemberContract.MemberTransferred;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.member.TransferReason;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationAbsorbed;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationContract.OrganisationMoved;
import vn.chibo.events.organisation.OrganisationContract.OrganisationsMerged;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.resolution.ResolutionContract.ResolutionAdopted;
import vn.chibo.events.resolution.ResolutionKind;
import vn.chibo.events.task.AssigneeKind;
import vn.chibo.events.task.TaskContract.Assignee;
import vn.chibo.events.task.TaskContract.TaskAssigned;
import vn.chibo.events.task.TaskContract.TaskCompleted;
import vn.chibo.infrastructure.TestInfrastructure;
import vn.chibo.service.testing.TopicWriter;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.events.meeting.MeetingKind.REGULAR;

/**
 * Scale-out (issue 7, item 5): the read model projected by two query-service instances sharing the
 * read-model processor's two segments on one database, and by one instance running both segments on two
 * threads, is the read model one instance projects alone — every total computed by hand below, and every
 * row of the counters, the tree and the tasks compared with the single instance's.
 * <p>
 * The fixture is published while all four instances run (small batches, so the segments' transactions
 * interleave): P → D → communes s-C0..s-C3, six cells each (s-C0-0 … s-C3-5), each cell followed on the
 * topic by its ten members (eight official, two probationary). Each cell meets on the 5th of January,
 * February and March 2026 (everyone present but the tenth member, absent without reason); in February
 * each adopts a resolution with one task, completed on 1 March in the cells with an even number.
 * Mid-stream: s-C0-0 moves from s-C0 to s-C1 on 15 February (after January's meetings are published:
 * January counts for s-C0, February and March for s-C1, the tree of a month being its latest), and s-C2-1
 * is absorbed into s-C2-0 on 20 February (after February's meetings), its members transferred with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIT {

    private static final String SECRET = "scale-out-test-secret-of-at-least-32-bytes";
    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    private static final LocalDate MOVED = LocalDate.of(2026, 2, 15);
    private static final LocalDate MERGED = LocalDate.of(2026, 2, 20);
    private static final int COMMUNES = 4;
    private static final int CELLS = 6;
    private static final int MEMBERS = 10;
    /** Small batches: many interleaved transactions of the two segments instead of a few large ones. */
    private static final int BATCH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String topic = TestInfrastructure.freshTopic();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private JdbcTemplate single;
    private JdbcTemplate pair;
    private JdbcTemplate threads;

    @BeforeAll
    void projectTheFixtureFourTimes() {
        String singleUrl = TestInfrastructure.freshDatabase("scale_single");
        String pairUrl = TestInfrastructure.freshDatabase("scale_pair");
        String threadsUrl = TestInfrastructure.freshDatabase("scale_threads");
        ConfigurableApplicationContext reference = start(singleUrl, 1, 1);
        start(pairUrl, 2, 1);
        start(pairUrl, 2, 1);
        start(threadsUrl, 2, 2);
        single = jdbc(singleUrl);
        pair = jdbc(pairUrl);
        threads = jdbc(threadsUrl);
        try (var events = TopicWriter.of(reference)) {
            publishTheFixture(events);
        }
        Map<Integer, Long> end = endOffsets();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(caughtUp(single, 1, end)).as("single instance caught up").isTrue();
            assertThat(caughtUp(pair, 2, end)).as("two instances caught up").isTrue();
            assertThat(caughtUp(threads, 2, end)).as("two threads caught up").isTrue();
        });
    }

    @AfterAll
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theTwoInstancesEachProcessedOneSegment() {
        assertThat(pair.queryForList("select owner from token_entry where processor_name = 'read-model'", String.class))
                .hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void totalsAreTheHandComputedOnes() {
        for (JdbcTemplate db : List.of(single, pair, threads)) {
            // cells, official, probationary members today: s-C2-1 ended, its members in s-C2-0; s-C0-0 below s-C1
            assertThat(totals(db)).containsAllEntriesOf(Map.of(
                    "s-P", List.of(23, 192, 48), "s-D", List.of(23, 192, 48),
                    "s-C0", List.of(5, 40, 10), "s-C1", List.of(7, 56, 14),
                    "s-C2", List.of(5, 48, 12), "s-C3", List.of(6, 48, 12),
                    "s-C2-0", List.of(1, 16, 4), "s-C2-1", List.of(0, 0, 0), "s-C0-0", List.of(1, 8, 2)));
        }
    }

    @Test
    void indicatorMonthsAreTheHandComputedOnes() {
        for (JdbcTemplate db : List.of(single, pair, threads)) {
            // meetings held (and cells met): all 24 in January and February, 23 in March without s-C2-1
            assertThat(months(db, "MEETINGS_HELD", "s-P")).containsExactly(24, 24, 23);
            assertThat(months(db, "CELLS_MET", "s-D")).containsExactly(24, 24, 23);
            assertThat(months(db, "MEETINGS_HELD", "s-C0")).containsExactly(6, 5, 5);
            assertThat(months(db, "MEETINGS_HELD", "s-C1")).containsExactly(6, 7, 7);
            assertThat(months(db, "MEETINGS_HELD", "s-C2")).containsExactly(6, 6, 5);
            assertThat(months(db, "MEETINGS_HELD", "s-C3")).containsExactly(6, 6, 6);
            assertThat(months(db, "MEETINGS_HELD", "s-C0-0")).containsExactly(1, 1, 1);
            // nine of ten present; in March s-C2-0 meets with twenty members, eighteen present
            assertThat(months(db, "MEMBERS_PRESENT", "s-P")).containsExactly(216, 216, 216);
            assertThat(months(db, "MEMBERS_EXPECTED", "s-P")).containsExactly(240, 240, 240);
            assertThat(months(db, "ABSENT_WITHOUT_REASON", "s-P")).containsExactly(24, 24, 24);
            assertThat(months(db, "MEMBERS_PRESENT", "s-C0")).containsExactly(54, 45, 45);
            assertThat(months(db, "MEMBERS_PRESENT", "s-C1")).containsExactly(54, 63, 63);
            assertThat(months(db, "MEMBERS_PRESENT", "s-C2")).containsExactly(54, 54, 54);
            assertThat(months(db, "MEMBERS_PRESENT", "s-C2-0")).containsExactly(9, 9, 18);
            // February's resolutions and tasks; March's completions in the even cells (s-C0-0 then below s-C1)
            assertThat(months(db, "RESOLUTIONS_ADOPTED", "s-P")).containsExactly(0, 24, 0);
            assertThat(months(db, "TASKS_ASSIGNED", "s-C1")).containsExactly(0, 7, 0);
            assertThat(months(db, "TASKS_COMPLETED", "s-P")).containsExactly(0, 0, 12);
            assertThat(months(db, "TASKS_COMPLETED", "s-C0")).containsExactly(0, 0, 2);
            assertThat(months(db, "TASKS_COMPLETED", "s-C1")).containsExactly(0, 0, 4);
        }
    }

    @Test
    void tasksAreTheHandComputedOnes() {
        for (JdbcTemplate db : List.of(single, pair, threads)) {
            assertThat(db.queryForObject("select count(*) from task", Integer.class)).isEqualTo(24);
            assertThat(db.queryForObject("select count(*) from task where status = 'COMPLETED'", Integer.class)).isEqualTo(12);
            assertThat(db.queryForObject("select count(*) from member", Integer.class)).isEqualTo(240);
        }
    }

    @Test
    void nothingIsLeftWaiting() {
        for (JdbcTemplate db : List.of(single, pair, threads)) {
            assertThat(db.queryForList("select waiting_for from waiting_event", String.class)).isEmpty();
        }
    }

    /** Every row of the counters, the tree, the members and the tasks: as the single instance has them. */
    @Test
    void everyRowIsTheSingleInstances() {
        for (String query : List.of(
                "select organisation_id, month, indicator, value from indicator_month where value <> 0 order by 1, 2, 3",
                "select organisation_id, cells, official_members, probationary_members from organisation_totals order by 1",
                "select organisation_id, ancestor_id, distance from organisation_ancestor order by 1, 2",
                "select organisation_id, parent_id, depth, ended_on from organisation order by 1",
                "select organisation_id, parent_id, valid_from, valid_to from organisation_position order by 1, 3",
                "select ancestor_id, cell_id, from_month, to_month from cell_expected order by 1, 2, 3",
                "select member_id, cell_id, status from member order by 1",
                "select task_id, organisation_id, status from task order by 1",
                "select count(*) from audit_entry")) {
            var expected = single.queryForList(query);
            assertThat(expected).as(query).isNotEmpty();
            assertThat(pair.queryForList(query)).as("two instances: " + query).isEqualTo(expected);
            assertThat(threads.queryForList(query)).as("two threads: " + query).isEqualTo(expected);
        }
    }

    private void publishTheFixture(TopicWriter events) {
        organisation(events, "s-P", OrganisationKind.COMMITTEE, null);
        organisation(events, "s-D", OrganisationKind.COMMITTEE, "s-P");
        for (int c = 0; c < COMMUNES; c++) {
            organisation(events, commune(c), OrganisationKind.COMMITTEE, "s-D");
            for (int i = 0; i < CELLS; i++) {
                organisation(events, cell(c, i), OrganisationKind.CELL, commune(c));
                for (int m = 0; m < MEMBERS; m++) {
                    events.publish(member(cell(c, i), m), new MemberRegistered(member(cell(c, i), m), cell(c, i),
                            "Đảng viên " + m, m < 8 ? MembershipStatus.OFFICIAL : MembershipStatus.PROBATIONARY, FOUNDED));
                }
            }
        }
        meetings(events, 1);
        events.publish(cell(0, 0), new OrganisationMoved(cell(0, 0), commune(1), commune(0), MOVED));
        meetings(events, 2);
        events.publish(cell(2, 0), new OrganisationsMerged(cell(2, 0), List.of(cell(2, 1)), MERGED));
        events.publish(cell(2, 1), new OrganisationAbsorbed(cell(2, 1), cell(2, 0), MERGED));
        for (int m = 0; m < MEMBERS; m++) {
            events.publish(member(cell(2, 1), m), new MemberTransferred(member(cell(2, 1), m), cell(2, 1), cell(2, 0),
                    TransferReason.MERGE, MERGED));
        }
        meetings(events, 3);
    }

    /** Every cell standing in the month meets on its 5th; February's meetings adopt a resolution with a task. */
    private static void meetings(TopicWriter events, int month) {
        LocalDateTime start = LocalDateTime.of(2026, month, 5, 8, 0);
        for (int c = 0; c < COMMUNES; c++) {
            for (int i = 0; i < CELLS; i++) {
                if (month == 3 && c == 2 && i == 1) {
                    continue;
                }
                String cell = cell(c, i);
                String meeting = cell + "-meeting" + month;
                events.publish(meeting, new MeetingScheduled(meeting, cell, REGULAR, start, "Nhà văn hóa"));
                events.publish(meeting, new MeetingHeld(meeting, cell, REGULAR, start, start.plusMinutes(120)));
                for (String member : attendees(c, i, month)) {
                    events.publish(meeting, new AttendanceRecorded(meeting, cell, REGULAR, start.toLocalDate(), member,
                            member.endsWith("-m9") ? AttendanceStatus.ABSENT_WITHOUT_REASON : AttendanceStatus.PRESENT,
                            null));
                }
                if (month == 2) {
                    resolutionWithTask(events, cell, meeting, start.toLocalDate(), i % 2 == 0);
                }
            }
        }
    }

    private static List<String> attendees(int c, int i, int month) {
        var cells = month == 3 && c == 2 && i == 0 ? Stream.of(cell(2, 0), cell(2, 1)) : Stream.of(cell(c, i));
        return cells.flatMap(cell -> Stream.iterate(0, m -> m < MEMBERS, m -> m + 1).map(m -> member(cell, m))).toList();
    }

    private static void resolutionWithTask(TopicWriter events, String cell, String meeting, LocalDate day, boolean completed) {
        String resolution = cell + "-r";
        String task = cell + "-t";
        events.publish(resolution, new ResolutionAdopted(resolution, meeting, cell, ResolutionKind.RESOLUTION, "01-NQ/CB",
                "Nghị quyết tháng 2", "Nội dung", day));
        Assignee assignee = new Assignee(AssigneeKind.MEMBER, member(cell, 0));
        events.publish(task, new TaskAssigned(task, resolution, cell, "Vận động trồng rừng", null, null,
                LocalDate.of(2026, 3, 31), List.of(assignee), member(cell, 1), day));
        if (completed) {
            events.publish(task, new TaskCompleted(task, assignee, "Đã xong", LocalDate.of(2026, 3, 1)));
        }
    }

    private static void organisation(TopicWriter events, String id, OrganisationKind kind, String parent) {
        boolean cell = kind == OrganisationKind.CELL;
        events.publish(id, new OrganisationCreated(id, (cell ? "Chi bộ " : "Đảng ủy ") + id, kind,
                cell ? "Chi bộ" : "Cấp ủy", cell ? CellType.VILLAGE : null, parent, FOUNDED));
    }

    private static String commune(int c) {
        return "s-C" + c;
    }

    private static String cell(int c, int i) {
        return commune(c) + "-" + i;
    }

    private static String member(String cell, int m) {
        return cell + "-m" + m;
    }

    private ConfigurableApplicationContext start(String databaseUrl, int segments, int threadCount) {
        var postgres = TestInfrastructure.postgres();
        var context = QueryServiceApplication.builder().registerShutdownHook(false).run(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--chibo.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                "--chibo.kafka.topic=" + topic,
                "--chibo.security.secret=" + SECRET,
                "--chibo.read-model.segments=" + segments,
                "--chibo.read-model.threads=" + threadCount,
                "--axon.eventhandling.processors.read-model.batch-size=" + BATCH,
                "--server.port=0");
        instances.add(context);
        return context;
    }

    private static JdbcTemplate jdbc(String url) {
        var postgres = TestInfrastructure.postgres();
        return new JdbcTemplate(new DriverManagerDataSource(url, postgres.user(), postgres.password()));
    }

    private Map<Integer, Long> endOffsets() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (var consumer = new KafkaConsumer<byte[], byte[]>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<Integer, Long> end = new LinkedHashMap<>();
            consumer.endOffsets(partitions).forEach((partition, offset) -> end.put(partition.partition(), offset));
            return end;
        }
    }

    /** Every segment's committed token has passed the last record of every partition. */
    private static boolean caughtUp(JdbcTemplate db, int segments, Map<Integer, Long> end) {
        List<byte[]> tokens = db.queryForList("select token from token_entry where processor_name = 'read-model'",
                byte[].class);
        return tokens.size() == segments && tokens.stream().allMatch(token -> {
            if (token == null) {
                return false;
            }
            Map<Integer, Long> positions = positions(token);
            return end.entrySet().stream().allMatch(partition -> partition.getValue() == 0
                    || positions.getOrDefault(partition.getKey(), -1L) >= partition.getValue() - 1);
        });
    }

    private static Map<Integer, Long> positions(byte[] token) {
        try {
            Map<Integer, Long> positions = new LinkedHashMap<>();
            JSON.readTree(token).path("positions").fields().forEachRemaining(entry -> positions.put(
                    Integer.parseInt(entry.getKey().substring(entry.getKey().lastIndexOf('-') + 1)), entry.getValue().asLong()));
            return positions;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<Integer>> totals(JdbcTemplate db) {
        Map<String, List<Integer>> totals = new LinkedHashMap<>();
        db.query("select organisation_id, cells, official_members, probationary_members from organisation_totals",
                row -> {
                    totals.put(row.getString(1), List.of(row.getInt(2), row.getInt(3), row.getInt(4)));
                });
        return totals;
    }

    /** January, February and March 2026 of one indicator of one organisation. */
    private static List<Integer> months(JdbcTemplate db, String indicator, String organisationId) {
        return Stream.of(1, 2, 3).map(month -> db.queryForObject("""
                select coalesce(sum(value), 0) from indicator_month
                where organisation_id = ? and indicator = ? and month = ?
                """, Integer.class, organisationId, indicator, LocalDate.of(2026, month, 1))).toList();
    }
}
