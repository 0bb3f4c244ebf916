package vn.chibo.standalone.demo;

import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.service.security.Grant;
import vn.chibo.service.security.Role;
import vn.chibo.service.security.SecurityProperties.Account;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo's built-in accounts, one per role, on real people and units of the demo district: the
 * secretary and a member of the first Biên Sơn cell (the one recorded step by step), the Biên Sơn
 * commune committee, the district committee, an auditor of the province (who may also verify the event
 * chain), and the administrator of the province. Every password is {@value #PASSWORD} (README).
 */
public final class DemoAccounts {

    public static final String PASSWORD = "chibo";

    private DemoAccounts() {
    }

    public static List<Account> of(DemoDistrict district) {
        String cell = district.year().get(0).cellId();
        Map<String, RegisterMember> members = district.members().stream()
                .collect(Collectors.toMap(RegisterMember::memberId, Function.identity()));
        RegisterMember secretary = district.roles().stream()
                .filter(role -> role.role() == CellRole.SECRETARY)
                .map(role -> members.get(role.memberId()))
                .filter(member -> member.cellId().equals(cell))
                .findFirst().orElseThrow();
        List<String> officers = district.roles().stream().map(AssignCellRole::memberId).toList();
        RegisterMember member = district.members().stream()
                .filter(m -> m.cellId().equals(cell) && !officers.contains(m.memberId()))
                .findFirst().orElseThrow();
        return List.of(
                account("dangvien", member.fullName() + " — đảng viên", member.memberId(), Role.MEMBER, cell),
                account("bithu", secretary.fullName() + " — bí thư chi bộ", secretary.memberId(), Role.SECRETARY, cell),
                account("danguyxa", "Cấp ủy viên Đảng ủy xã Biên Sơn", null, Role.COMMITTEE, DemoDistrict.YEAR_COMMUNE),
                account("huyenuy", "Cấp ủy viên Huyện ủy Lục Ngạn", null, Role.COMMITTEE, DemoDistrict.DISTRICT),
                account("kiemtra", "Cán bộ Ủy ban Kiểm tra Tỉnh ủy", null, Role.AUDITOR, DemoDistrict.PROVINCE),
                account("quantri", "Quản trị hệ thống Tỉnh ủy", null, Role.ADMINISTRATOR, DemoDistrict.PROVINCE));
    }

    private static Account account(String username, String name, String memberId, Role role, String organisationId) {
        return new Account(username, "{noop}" + PASSWORD, name, memberId, List.of(Grant.of(role, organisationId).asClaim()));
    }
}
