package vn.chibo.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model's {@link JdbcTemplate}, which can defer a projection's writes within the processor's
 * batch (BENCHMARKS.md, fix 7). A rebuild spent its time waiting on one round trip per statement; a
 * deferred write ({@link #defer}) waits instead until the next statement of any kind, or the end of the
 * batch, and runs of the same statement go together as one JDBC batch. Every statement, read or write,
 * first runs what is deferred, in order, so each handler sees exactly what it would one write at a time.
 * Outside a processor's unit of work (controllers, queries) nothing is ever deferred.
 */
public class ReadModelJdbc extends JdbcTemplate {

    private static final String DEFERRED = ReadModelJdbc.class.getName() + ".deferred";

    private record Write(String sql, Object[] args) {
    }

    public ReadModelJdbc(DataSource dataSource) {
        super(dataSource);
    }

    /** An insert or update whose count the caller does not need: run before the next statement. */
    public void defer(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().phase().isAfter(UnitOfWork.Phase.STARTED)) {
            update(sql, args);
            return;
        }
        var root = CurrentUnitOfWork.get().root();
        root.<List<Write>>getOrComputeResource(DEFERRED, key -> {
            root.onPrepareCommit(unitOfWork -> flush());
            return new ArrayList<>();
        }).add(new Write(sql, args));
    }

    /** Every statement obtains the data source first: what is deferred runs before it. */
    @Override
    protected DataSource obtainDataSource() {
        flush();
        return super.obtainDataSource();
    }

    private void flush() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        List<Write> deferred = CurrentUnitOfWork.get().root().getResource(DEFERRED);
        if (deferred == null || deferred.isEmpty()) {
            return;
        }
        List<Write> writes = new ArrayList<>(deferred);
        deferred.clear();
        int from = 0;
        for (int i = 1; i <= writes.size(); i++) {
            if (i == writes.size() || !writes.get(i).sql().equals(writes.get(from).sql())) {
                run(writes.subList(from, i));
                from = i;
            }
        }
    }

    private void run(List<Write> sameStatement) {
        if (sameStatement.size() == 1) {
            update(sameStatement.get(0).sql(), sameStatement.get(0).args());
        } else {
            batchUpdate(sameStatement.get(0).sql(), sameStatement.stream().map(Write::args).toList());
        }
    }
}
