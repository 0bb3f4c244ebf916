package vn.chibo.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells live views which organisations' figures changed. Projections name the organisation an event
 * touched; once the processor's batch has committed, every ancestor of those organisations is
 * announced, one announcement per batch, so a dashboard refreshes only after the figures are there.
 */
@Component
public class ChangeFeed {

    private static final String TOUCHED = ChangeFeed.class.getName() + ".touched";

    private final NamedParameterJdbcTemplate jdbc;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    public ChangeFeed(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records, within the current unit of work, that figures of this organisation's subtree changed. */
    public void touched(String organisationId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        var root = CurrentUnitOfWork.get().root();
        Set<String> touched = root.getOrComputeResource(TOUCHED, key -> {
            Set<String> ids = new HashSet<>();
            root.afterCommit(unitOfWork -> announce(ids));
            return ids;
        });
        touched.add(organisationId);
    }

    /** Receives the set of organisations whose subtree figures changed, after each commit. */
    public void listen(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    public void stopListening(Consumer<Set<String>> listener) {
        listeners.remove(listener);
    }

    private void announce(Set<String> touched) {
        if (touched.isEmpty() || listeners.isEmpty()) {
            return;
        }
        Set<String> affected = new HashSet<>(jdbc.queryForList(
                "select distinct ancestor_id from organisation_ancestor where organisation_id in (:ids)",
                Map.of("ids", touched), String.class));
        listeners.forEach(listener -> listener.accept(affected));
    }
}
