package vn.chibo.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes a projection gathers over the processor's batch and makes in one set-based statement, just
 * before the batch commits (BENCHMARKS.md, fix 7): counters added to, which no handler reads back
 * within the batch. A handler that does read them ({@link #flush}) first has what is gathered written,
 * so it sees exactly what it would have seen one event at a time. Outside a processor's unit of work
 * every change is written at once. With several segments, batches write their gatherings one at a time
 * ({@link ReadModelLocks#counters}).
 */
@Component
public class BatchWrites {

    private static final String PENDING = BatchWrites.class.getName() + ".pending";

    private final ReadModelLocks locks;

    public BatchWrites(ReadModelLocks locks) {
        this.locks = locks;
    }

    /** What one projection gathers: written, and forgotten, by {@link #write}. */
    public interface Pending {
        void write();
    }

    /** Applies {@code change} to this batch's {@code key} gathering, created by {@code create} if new. */
    public <P extends Pending> void add(String key, Supplier<P> create, Consumer<P> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            P pending = create.get();
            change.accept(pending);
            pending.write();
            return;
        }
        @SuppressWarnings("unchecked")
        P pending = (P) pending().computeIfAbsent(key, k -> create.get());
        change.accept(pending);
    }

    /** Writes everything gathered so far in this batch: called before a statement that reads it. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            writeAll(pending());
        }
    }

    private Map<String, Pending> pending() {
        var root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, k -> {
            Map<String, Pending> gathered = new LinkedHashMap<>();
            root.onPrepareCommit(unitOfWork -> writeAll(gathered));
            return gathered;
        });
    }

    /** Under the counters' lock (see {@link ReadModelLocks}): other segments write the same ancestors' rows. */
    private void writeAll(Map<String, Pending> gathered) {
        if (gathered.isEmpty()) {
            return;
        }
        locks.counters();
        gathered.values().forEach(Pending::write);
        gathered.clear();
    }
}
