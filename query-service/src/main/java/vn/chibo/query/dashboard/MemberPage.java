package vn.chibo.query.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.query.absence.AbsenceQueries;
import vn.chibo.query.meeting.AttendanceHistory;
import vn.chibo.query.member.MemberQueries;
import vn.chibo.query.organisation.OrganisationView;
import vn.chibo.query.projection.AsOf;
import vn.chibo.query.projection.Paging;
import vn.chibo.query.task.TaskBoard;

import java.time.Clock;
import java.time.LocalDate;

/** Trang đảng viên — one member: status, role, cell, exemption, tasks, and the year's attendance and absence watch. */
@Controller
@DashboardPage
class MemberPage {

    private static final Paging ALL = new Paging(0, Paging.MAXIMUM_SIZE);

    private final MemberQueries members;
    private final OrganisationView organisations;
    private final TaskBoard tasks;
    private final AttendanceHistory attendance;
    private final AbsenceQueries absences;
    private final Clock clock;
    private final AsOf days;

    MemberPage(MemberQueries members, OrganisationView organisations, TaskBoard tasks, AttendanceHistory attendance,
               AbsenceQueries absences, Clock clock, AsOf days) {
        this.days = days;
        this.members = members;
        this.organisations = organisations;
        this.tasks = tasks;
        this.attendance = attendance;
        this.absences = absences;
        this.clock = clock;
    }

    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/members/{memberId}")
    String member(@PathVariable String memberId,
                  @RequestParam(name = "year", required = false) @Min(1930) @Max(2100) Integer year,
                  @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate asOf, Model model) {
        model.addAttribute("path", organisations.path(members.member(memberId).cellId()));
        live(memberId, year, asOf, model);
        return "dashboard/member";
    }

    /** The live part of the page alone, which the page reloads when the server announces a change of the cell. */
    @PreAuthorize("@owner.isSelf(#memberId) or @access.may('READ', @owner.ofMember(#memberId))")
    @GetMapping("/fragments/member")
    String live(@RequestParam("member") String memberId,
                @RequestParam(name = "year", required = false) @Min(1930) @Max(2100) Integer year,
                @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate asOf, Model model) {
        int shown = year != null ? year : (asOf != null ? asOf : LocalDate.now(clock)).getYear();
        var day = days.on(asOf);
        model.addAttribute("record", asOf == null ? members.record(memberId) : members.recordOn(memberId, asOf));
        model.addAttribute("year", shown);
        model.addAttribute("asOf", asOf);
        model.addAttribute("options", asOf == null ? "" : "&asOf=" + asOf);
        model.addAttribute("taskCounts", tasks.countsOfMember(memberId, day));
        model.addAttribute("tasks", tasks.ofMember(memberId, null, day, ALL));
        model.addAttribute("attendance", attendance.ofMember(memberId, shown, day, ALL).items());
        model.addAttribute("absence", absences.ofMember(memberId, shown, day).orElse(null));
        return "dashboard/member :: live";
    }
}
