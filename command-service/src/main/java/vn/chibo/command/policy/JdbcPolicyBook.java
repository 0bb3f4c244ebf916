package vn.chibo.command.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.PolicyVersionAdopted;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.time.LocalDate;

/**
 * The policy book kept in command-service's database, updated in the transaction that adopts a
 * version. Where no adopted version applies, the defaults of domain brief §8 are in force.
 */
@Component
@ProcessingGroup("organisation-directory")
class JdbcPolicyBook implements PolicyBook {

    private static final InForce DEFAULT = new InForce(Policies.DEFAULT_VERSION, Policies.DEFAULTS);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    JdbcPolicyBook(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public InForce inForce(String organisationId, LocalDate date) {
        return jdbc.query("""
                        with recursive chain as (
                            select organisation_id, parent_id, 0 as distance
                            from organisation_directory where organisation_id = ?
                            union all
                            select d.organisation_id, d.parent_id, c.distance + 1
                            from organisation_directory d join chain c on d.organisation_id = c.parent_id
                        )
                        select p.version, p.thresholds
                        from policy_version p left join chain c on c.organisation_id = p.scope_organisation_id
                        where (p.scope_organisation_id is null or c.organisation_id is not null)
                          and p.effective_from <= ?
                        order by coalesce(c.distance, 2147483647), p.effective_from desc
                        limit 1
                        """, (rs, i) -> new InForce(rs.getString(1), read(rs.getString(2))), organisationId, date)
                .stream().findFirst().orElse(DEFAULT);
    }

    @EventHandler
    void on(PolicyVersionAdopted e) throws JsonProcessingException {
        jdbc.update("""
                insert into policy_version (policy_id, version, scope_organisation_id, effective_from, thresholds)
                values (?, ?, ?, ?, ?)
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
