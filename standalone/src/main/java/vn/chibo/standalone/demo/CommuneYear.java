package vn.chibo.standalone.demo;

import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.GrantExemption;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A commune whose cells go through the last twelve months step by step (Biên Sơn in the demo). Beyond
 * the ordinary year of every cell, it picks where the cases an organisation officer looks for happen:
 * a member exempted for old age and one for a treatment, a member absent without reason in three months
 * of one year (the absence threshold) and one in two (the warning), a petition answered by the commune
 * committee and one still waiting, and a thematic plan returned once before its approval.
 */
final class CommuneYear {

    private CommuneYear() {
    }

    static List<CellYear> plan(List<CreateOrganisation> cells, Map<String, List<RegisterMember>> members,
                               Map<String, CellRole> leaders, LocalDate today, long seed) {
        List<YearMonth> window = CellYearPlanner.window(today);
        List<CreateOrganisation> villages = cells.stream().filter(c -> c.cellType() == CellType.VILLAGE).toList();
        List<CreateOrganisation> schools = cells.stream().filter(c -> c.cellType() == CellType.SCHOOL).toList();
        List<YearMonth> absenceYear = busiestYear(window, today);
        YearMonth petitionMonth = YearMonth.from(today).minusMonths(3);
        YearMonth pendingMonth = YearMonth.from(today).minusMonths(1);

        List<CellYear> year = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            CreateOrganisation cell = cells.get(i);
            List<RegisterMember> people = members.get(cell.organisationId());
            Map<String, CellRole> cellLeaders = people.stream().filter(m -> leaders.containsKey(m.memberId()))
                    .collect(Collectors.toMap(RegisterMember::memberId, m -> leaders.get(m.memberId())));
            List<String> ordinary = people.stream()
                    .filter(m -> m.status() == MembershipStatus.OFFICIAL && !leaders.containsKey(m.memberId()))
                    .map(RegisterMember::memberId).toList();
            var specials = new CellYearPlanner.Specials(
                    exemptions(cell, villages, ordinary, window),
                    absentees(cell, villages, ordinary, absenceYear),
                    cell.equals(villages.get(0)) ? petitionMonth : null,
                    cell.equals(schools.get(0)) ? pendingMonth : null,
                    cell.equals(villages.get(3)));
            year.add(new CellYearPlanner(cell, people, cellLeaders, today, new Random(seed * 31 + i), specials).plan());
        }
        return year;
    }

    /** An ordinary member of the second village, exempt for old age; one of the fifth, for a treatment of three months. */
    private static List<GrantExemption> exemptions(CreateOrganisation cell, List<CreateOrganisation> villages,
                                                   List<String> ordinary, List<YearMonth> window) {
        if (cell.equals(villages.get(1))) {
            return List.of(new GrantExemption(ordinary.get(0), "Tuổi cao, sức yếu (trên 80 tuổi), có đơn đề nghị",
                    window.get(0).atDay(1).minusDays(45), null, cell.organisationId()));
        }
        if (cell.equals(villages.get(4))) {
            return List.of(new GrantExemption(ordinary.get(0), "Điều trị bệnh dài ngày, có giấy xác nhận của bệnh viện",
                    window.get(3).atDay(1), window.get(5).atEndOfMonth(), cell.organisationId()));
        }
        return List.of();
    }

    /** In the third village one member misses three regular meetings of one year without reason; in the seventh, two. */
    private static Map<String, Set<YearMonth>> absentees(CreateOrganisation cell, List<CreateOrganisation> villages,
                                                        List<String> ordinary, List<YearMonth> months) {
        String last = ordinary.get(ordinary.size() - 1);
        if (cell.equals(villages.get(2))) {
            return Map.of(last, Set.of(months.get(0), months.get(months.size() / 2), months.get(months.size() - 1)));
        }
        if (cell.equals(villages.get(6))) {
            return Map.of(last, Set.of(months.get(1), months.get(months.size() - 2)));
        }
        return Map.of();
    }

    /**
     * The months before today's of the calendar year most of the window lies in: absences are counted
     * per calendar year.
     */
    private static List<YearMonth> busiestYear(List<YearMonth> window, LocalDate today) {
        Map<Integer, List<YearMonth>> byYear = window.stream().filter(m -> m.isBefore(YearMonth.from(today)))
                .collect(Collectors.groupingBy(YearMonth::getYear));
        return byYear.values().stream()
                .max(Comparator.<List<YearMonth>>comparingInt(List::size).thenComparing(l -> l.get(0)))
                .orElseThrow();
    }
}
