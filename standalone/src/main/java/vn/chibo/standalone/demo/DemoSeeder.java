package vn.chibo.standalone.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationKind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Sends a demo district's commands to command-service. Every command id is derived from the plan, so
 * seeding again (after an interruption, say) applies only what is missing.
 */
public class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final CommandApi api;
    private final int parallelism;

    public DemoSeeder(CommandApi api, int parallelism) {
        this.api = api;
        this.parallelism = parallelism;
    }

    /**
     * The tree, the members and their roles first, so the dashboard shows the district early; then
     * Biên Sơn's cells, one thread each since a cell's calls depend on one another in date order,
     * beside the other cells' meetings.
     */
    public void seed(DemoDistrict district) {
        long start = System.nanoTime();
        // parents before children: committees in tree order, then the cells, which have no children
        district.organisations().stream().filter(o -> o.kind() != OrganisationKind.CELL).forEach(this::organisation);
        inParallel(district.organisations().stream().filter(o -> o.kind() == OrganisationKind.CELL).toList(), this::organisation);
        inParallel(district.members(), m -> api.post("/api/members", commandId("member", m.memberId()), m));
        inParallel(district.roles(), r -> api.post("/api/members/" + r.memberId() + "/roles",
                commandId("role", r.memberId() + "/" + r.role() + "/" + r.effectiveDate()), r));
        log.info("Demo district: {} organisations, {} members and {} roles in {} s", district.organisations().size(),
                district.members().size(), district.roles().size(), secondsSince(start));
        List<Runnable> work = new ArrayList<>();
        district.year().forEach(cell -> work.add(() -> cell.calls().forEach(this::send)));
        district.meetings().forEach(meeting -> work.add(() -> meeting(meeting)));
        inParallel(work, Runnable::run);
        log.info("Demo district seeded: {} meetings recorded as held or scheduled, {} cells of {} through a year "
                        + "step by step ({} calls), in {} s", district.meetings().size(), district.year().size(),
                DemoDistrict.YEAR_COMMUNE, district.year().stream().mapToInt(c -> c.calls().size()).sum(), secondsSince(start));
    }

    private void organisation(CreateOrganisation organisation) {
        api.post("/api/organisations", commandId("org", organisation.organisationId()), organisation);
    }

    private void send(Call call) {
        api.post(call.path(), commandId("year", call.key()), call.body());
    }

    private static long secondsSince(long start) {
        return (System.nanoTime() - start) / 1_000_000_000;
    }

    private void meeting(DemoDistrict.Meeting meeting) {
        String id = meeting.schedule().meetingId();
        api.post("/api/meetings", commandId("schedule", id), meeting.schedule());
        if (meeting.startedAt() != null) {
            api.post("/api/meetings/" + id + "/held", commandId("held", id),
                    java.util.Map.of("startedAt", meeting.startedAt(), "endedAt", meeting.endedAt()));
        }
    }

    /** The same command always gets the same id, so a second seeding applies nothing twice. */
    public static String commandId(String step, String aggregateId) {
        return "seed-" + step + "-" + UUID.nameUUIDFromBytes(aggregateId.getBytes(StandardCharsets.UTF_8));
    }

    private <T> void inParallel(List<T> items, Consumer<T> action) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<?>> futures = items.stream().<Future<?>>map(i -> pool.submit(() -> action.accept(i))).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Seeding failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
