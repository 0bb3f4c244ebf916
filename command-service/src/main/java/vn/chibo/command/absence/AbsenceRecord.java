package vn.chibo.command.absence;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.policy.PolicyBook;
import vn.chibo.events.absence.AbsenceContract;
import vn.chibo.events.absence.AbsenceContract.AbsenceThresholdReached;
import vn.chibo.events.absence.AbsenceContract.AbsenceWarningIssued;
import vn.chibo.events.absence.AbsenceContract.CountUnexcusedAbsence;
import vn.chibo.events.absence.AbsenceContract.UnexcusedAbsenceCounted;

import java.time.Month;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Sổ theo dõi vắng sinh hoạt — one member's unexcused absences in one calendar year. The regulation
 * speaks of months ("bỏ sinh hoạt ... ba tháng trong năm"), so two absences in one month count as one
 * month. Each meeting is counted once, whoever sends it again.
 */
@Aggregate(cache = "aggregateCache")
public class AbsenceRecord {

    @AggregateIdentifier
    private String absenceRecordId;
    private final Set<String> meetingsCounted = new HashSet<>();
    private final Set<Month> months = EnumSet.noneOf(Month.class);
    private boolean warned;
    private boolean thresholdReached;

    protected AbsenceRecord() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CountUnexcusedAbsence command, PolicyBook policies) {
        int year = command.meetingDate().getYear();
        if (!command.absenceRecordId().equals(AbsenceContract.recordId(command.memberId(), year))) {
            throw new RuleViolation("absence.wrong-record", command.absenceRecordId(), command.memberId(), year);
        }
        if (meetingsCounted.contains(command.meetingId())) {
            return;
        }
        Set<Month> after = EnumSet.copyOf(months);
        after.add(command.meetingDate().getMonth());
        int count = after.size();
        apply(new UnexcusedAbsenceCounted(command.absenceRecordId(), command.memberId(), command.cellId(), year,
                command.meetingId(), command.meetingDate(), count));
        var policy = policies.inForce(command.cellId(), command.meetingDate());
        int threshold = policy.thresholds().unexcusedAbsenceThreshold();
        if (count >= threshold && !thresholdReached) {
            apply(new AbsenceThresholdReached(command.absenceRecordId(), command.memberId(), command.cellId(), year,
                    count, threshold, policy.version()));
        } else if (count == threshold - 1 && !warned && !thresholdReached) {
            apply(new AbsenceWarningIssued(command.absenceRecordId(), command.memberId(), command.cellId(), year,
                    count, threshold, policy.version()));
        }
    }

    @EventSourcingHandler
    void on(UnexcusedAbsenceCounted event) {
        absenceRecordId = event.absenceRecordId();
        meetingsCounted.add(event.meetingId());
        months.add(event.meetingDate().getMonth());
    }

    @EventSourcingHandler
    void on(AbsenceWarningIssued event) {
        warned = true;
    }

    @EventSourcingHandler
    void on(AbsenceThresholdReached event) {
        thresholdReached = true;
    }
}
