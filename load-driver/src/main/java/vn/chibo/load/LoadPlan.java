package vn.chibo.load;

import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.standalone.demo.CellYear;
import vn.chibo.standalone.demo.DemoDistrict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The organisation a run drives, built from the demo district's deterministic plan: one district, or a
 * province of {@link #PROVINCE_DISTRICTS} copies of it (ids prefixed {@code h2-}, {@code h3-}, …), each
 * keeping an evenly spread {@code scale} fraction of its cells with their members, roles and meetings.
 * Only the first district carries Biên Sơn's step-by-step year (its calls are opaque bodies).
 */
public final class LoadPlan {

    /** 18 × 535 cells = 9,630 cells, the ≈9,600 of a large province (domain brief §1). */
    public static final int PROVINCE_DISTRICTS = 18;

    public enum Size { DISTRICT, PROVINCE }

    private LoadPlan() {
    }

    public static DemoDistrict build(Size size, double scale, LocalDate today, int months) {
        DemoDistrict base = DemoDistrict.plan(today, months);
        Set<String> kept = keptCells(base, scale);
        int districts = size == Size.PROVINCE ? PROVINCE_DISTRICTS : 1;
        List<CreateOrganisation> organisations = new ArrayList<>();
        List<RegisterMember> members = new ArrayList<>();
        List<AssignCellRole> roles = new ArrayList<>();
        List<DemoDistrict.Meeting> meetings = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            UnaryOperator<String> id = prefix(d);
            int number = d + 1;
            for (CreateOrganisation o : base.organisations()) {
                boolean province = DemoDistrict.PROVINCE.equals(o.organisationId());
                if ((province && d > 0) || (o.kind() == OrganisationKind.CELL && !kept.contains(o.organisationId()))) {
                    continue;
                }
                String name = DemoDistrict.DISTRICT.equals(o.organisationId()) && d > 0 ? o.name() + " " + number : o.name();
                organisations.add(new CreateOrganisation(province ? o.organisationId() : id.apply(o.organisationId()),
                        name, o.kind(), o.levelLabel(), o.cellType(),
                        o.parentId() == null || DemoDistrict.PROVINCE.equals(o.parentId()) ? o.parentId() : id.apply(o.parentId()),
                        o.effectiveDate()));
            }
            Set<String> keptMembers = new HashSet<>();
            for (RegisterMember m : base.members()) {
                if (kept.contains(m.cellId())) {
                    keptMembers.add(m.memberId());
                    members.add(new RegisterMember(id.apply(m.memberId()), id.apply(m.cellId()), m.fullName(), m.status(),
                            m.joinedOn()));
                }
            }
            base.roles().stream().filter(r -> keptMembers.contains(r.memberId()))
                    .forEach(r -> roles.add(new AssignCellRole(id.apply(r.memberId()), r.role(), r.effectiveDate())));
            for (DemoDistrict.Meeting m : base.meetings()) {
                ScheduleMeeting s = m.schedule();
                if (kept.contains(s.organisationId())) {
                    meetings.add(new DemoDistrict.Meeting(new ScheduleMeeting(id.apply(s.meetingId()),
                            id.apply(s.organisationId()), s.kind(), s.scheduledStart(), s.place()), m.startedAt(), m.endedAt()));
                }
            }
        }
        List<CellYear> year = base.year().stream().filter(c -> kept.contains(c.cellId())).toList();
        return DemoDistrict.of(organisations, members, roles, meetings, year);
    }

    /** Evenly spread: cell i is kept when the running total of {@code scale} crosses an integer at i. */
    static Set<String> keptCells(DemoDistrict base, double scale) {
        List<String> cells = base.organisations().stream().filter(o -> o.kind() == OrganisationKind.CELL)
                .map(CreateOrganisation::organisationId).toList();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            if (Math.floor((i + 1) * scale) > Math.floor(i * scale)) {
                kept.add(cells.get(i));
            }
        }
        return kept;
    }

    private static UnaryOperator<String> prefix(int district) {
        return district == 0 ? UnaryOperator.identity() : id -> "h" + (district + 1) + "-" + id;
    }
}
