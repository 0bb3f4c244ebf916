package vn.chibo.query.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.PolicyVersionAdopted;
import vn.chibo.events.policy.PolicyContract.Thresholds;
import vn.chibo.query.projection.Columns;
import vn.chibo.query.projection.ReadModel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The policy versions adopted, and the one in force for an organisation on a date: the nearest scope
 * above it (itself included) wins, then the latest version; where none applies, the defaults of domain
 * brief §8 — the same choice command-service makes when it judges a command.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
public class PolicyBook {

    private static final InForce DEFAULT = new InForce(Policies.DEFAULT_VERSION, Policies.DEFAULTS);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PolicyBook(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A policy version and its thresholds. */
    public record InForce(String version, Thresholds thresholds) {
    }

    /** The version in force for each of the organisations on the date, by organisation. */
    public Map<String, InForce> inForce(Collection<String> organisationIds, LocalDate date) {
        Map<String, InForce> found = new HashMap<>();
        jdbc.query("""
                select distinct on (o.id) o.id, p.version, p.thresholds
                from unnest(cast(? as varchar[])) o(id)
                join policy_version p on p.effective_from <= ?
                left join organisation_ancestor a on a.organisation_id = o.id and a.ancestor_id = p.scope_organisation_id
                where p.scope_organisation_id is null or a.ancestor_id is not null
                order by o.id, coalesce(a.distance, 2147483647), p.effective_from desc
                """, rs -> {
            found.put(rs.getString(1), new InForce(rs.getString(2), read(rs.getString(3))));
        }, Columns.idArray(organisationIds), date);
        Map<String, InForce> all = new HashMap<>();
        organisationIds.forEach(id -> all.put(id, found.getOrDefault(id, DEFAULT)));
        return all;
    }

    @EventHandler
    void on(PolicyVersionAdopted e) throws JsonProcessingException {
        jdbc.update("""
                insert into policy_version (policy_id, version, scope_organisation_id, effective_from, thresholds)
                values (?, ?, ?, ?, cast(? as jsonb)) on conflict do nothing
                """, e.policyId(), e.version(), e.scopeOrganisationId(), e.effectiveFrom(),
                json.writeValueAsString(e.thresholds()));
    }

    private Thresholds read(String thresholds) {
        try {
            return json.readValue(thresholds, Thresholds.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable policy thresholds", e);
        }
    }
}
