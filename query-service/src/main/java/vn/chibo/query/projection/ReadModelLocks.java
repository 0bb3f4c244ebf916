package vn.chibo.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The locks that keep the read model right when several processor segments write it at once (several
 * threads, several instances: README-scaleout.md). PostgreSQL advisory locks held until
 * the batch's transaction ends, so they cover what the batch's commit makes visible:
 * <ul>
 *   <li>the tree: every batch holds it shared from its first event; a batch that changes the tree (moves,
 *   ends an organisation) holds it exclusively. Counts written by a batch go to the ancestors of the tree
 *   its statements see, and a tree change moves the counts committed before it: a tree change must
 *   neither see nor be seen half-way. Batches that only add counts run side by side;</li>
 *   <li>the counters: taken just before a batch writes what it gathered into the subtree counters shared by
 *   every cell (organisation totals, indicator months; {@link BatchWrites}), so that batches writing the
 *   same ancestors' rows do so one after the other instead of deadlocking. Those rows (a province's) are
 *   locked until commit by whoever writes them first anyway: the lock only fixes the order;</li>
 *   <li>a waiting-room key ({@link WaitingRoom}): taken before an event is parked for it and before what
 *   waits for it is released, so a release cannot miss an event parked, in another transaction, for
 *   something that transaction could not see yet.</li>
 * </ul>
 * Outside a processor's unit of work nothing is locked: only processors write the read model.
 */
@Component
public class ReadModelLocks {

    /** Class ids of the two-key advisory locks, apart from any other use of advisory locks. */
    private static final int GLOBAL = 7_001;
    private static final int KEY = 7_002;
    private static final int TREE = 1;
    private static final int COUNTERS = 2;
    private static final String HELD = ReadModelLocks.class.getName() + ".held";

    private enum Lock { TREE_SHARED, TREE_EXCLUSIVE, COUNTERS }

    private final JdbcTemplate jdbc;

    public ReadModelLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tree, when the batch starts: exclusively if {@code changesTree} (asked once per batch), else shared.
     * Taken before the batch's first statement that reads the tree.
     */
    public void tree(BooleanSupplier changesTree) {
        if (held().contains(Lock.TREE_SHARED) || held().contains(Lock.TREE_EXCLUSIVE)) {
            return;
        }
        if (changesTree.getAsBoolean()) {
            treeExclusive();
        } else {
            jdbc.execute("select pg_advisory_xact_lock_shared(" + GLOBAL + ", " + TREE + ")");
            held().add(Lock.TREE_SHARED);
        }
    }

    /**
     * The tree, exclusively: this batch changes it. A batch that holds it shared and must change it (a move
     * released from the waiting room) waits for the others; two such at once deadlock, PostgreSQL fails one
     * and its processor retries the batch.
     */
    public void treeExclusive() {
        if (!held().contains(Lock.TREE_EXCLUSIVE)) {
            jdbc.execute("select pg_advisory_xact_lock(" + GLOBAL + ", " + TREE + ")");
            held().add(Lock.TREE_EXCLUSIVE);
        }
    }

    /** The subtree counters, until the batch ends. */
    public void counters() {
        if (!held().contains(Lock.COUNTERS)) {
            jdbc.execute("select pg_advisory_xact_lock(" + GLOBAL + ", " + COUNTERS + ")");
            held().add(Lock.COUNTERS);
        }
    }

    /** One waiting-room key, until the batch ends. */
    public void key(String key) {
        if (CurrentUnitOfWork.isStarted()) {
            jdbc.query("select pg_advisory_xact_lock(?, hashtext(?))", (ResultSetExtractor<Object>) rs -> null, KEY, key);
        }
    }

    private Set<Lock> held() {
        if (!CurrentUnitOfWork.isStarted()) {
            // nothing to hold a lock for: make every request look satisfied
            return Set.of(Lock.values());
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(HELD, k -> new HashSet<>());
    }
}
