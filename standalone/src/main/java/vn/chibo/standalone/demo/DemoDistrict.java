package vn.chibo.standalone.demo;

import vn.chibo.events.meeting.MeetingContract.ScheduleMeeting;
import vn.chibo.events.meeting.MeetingKind;
import vn.chibo.events.member.CellRole;
import vn.chibo.events.member.MemberContract.AssignCellRole;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.CreateOrganisation;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.events.policy.Policies;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A demo district shaped like Lục Ngạn in source 000 (domain brief §1): 29 commune committees with
 * 473 cells (321 village, 94 school, 25 health station, 29 commune police, 4 other), 5 district-agency
 * committees with 39 cells, 23 grassroots cells (16 agency, 7 private enterprise) and 8,655 members,
 * each cell led by a secretary and a deputy (and a cell committee from nine official members). The cells
 * of commune Biên Sơn go through the last twelve months step by step ({@link CommuneYear}); the others
 * have the regular meetings of the last few months and a thematic meeting in the quarter's last month,
 * recorded as held. Everything is derived from fixed seeds, so the same plan comes out on every machine.
 */
public final class DemoDistrict {

    public static final String PROVINCE = "tinh-bac-giang";
    public static final String DISTRICT = "huyen-luc-ngan";
    /** The commune whose cells go through a whole year step by step. */
    public static final String YEAR_COMMUNE = "xa-bien-son";
    static final int MEMBERS = 8_655;
    private static final LocalDate FOUNDED = LocalDate.of(2020, 8, 1);
    /** Cells elected their secretaries and committees at their congresses of the 2025–2027 term. */
    private static final LocalDate TERM_STARTED = LocalDate.of(2025, 5, 15);
    /** Every cell has at least the official members a secretary and a deputy need (domain brief §8). */
    private static final int LEADING_OFFICIALS = Policies.DEFAULTS.minimumOfficialMembers();
    private static final long YEAR_SEED = 20260302L;

    private static final String[] COMMUNES = {"Biên Sơn", "Biển Động", "Cấm Sơn", "Đèo Gia", "Đồng Cốc", "Giáp Sơn",
            "Hộ Đáp", "Hồng Giang", "Kiên Lao", "Kiên Thành", "Kim Sơn", "Mỹ An", "Nam Dương", "Phì Điền", "Phong Minh",
            "Phong Vân", "Phú Nhuận", "Phượng Sơn", "Quý Sơn", "Sa Lý", "Sơn Hải", "Tân Hoa", "Tân Lập", "Tân Mộc",
            "Tân Quang", "Tân Sơn", "Thanh Hải", "Trù Hựu", "Chũ"};
    private static final String[] VILLAGES = {"Đồng Mận", "Kép", "Thác Lười", "Hố Cao", "Bãi Lá", "Đồng Giang",
            "Chính Hạ", "Nà Hin", "Khuôn Thần", "Trại Mới", "Cầu Đất", "Ba Ràng", "Đồng Vành", "Làng Chẽ", "Hạ Long"};
    private static final String[] AGENCY_COMMITTEES = {"Công an huyện", "Quân sự huyện", "Cơ quan Chính quyền huyện",
            "Cơ quan Đảng - Mặt trận - Đoàn thể huyện", "Trung tâm Y tế huyện"};
    private static final String[] AGENCY_COMMITTEE_IDS = {"du-cong-an", "du-quan-su", "du-chinh-quyen", "du-dang-doan-the",
            "du-y-te"};
    private static final String[] AGENCY_CELLS = {"Kho bạc Nhà nước huyện", "Chi cục Thuế khu vực", "Ngân hàng Nông nghiệp huyện",
            "Bảo hiểm xã hội huyện", "Tòa án nhân dân huyện", "Viện Kiểm sát nhân dân huyện", "Chi cục Thi hành án dân sự",
            "Trường THPT Lục Ngạn số 1", "Trường THPT Lục Ngạn số 2", "Trường THPT Lục Ngạn số 3", "Trường THPT Lục Ngạn số 4",
            "Trung tâm GDNN - GDTX huyện", "Điện lực Lục Ngạn", "Hạt Kiểm lâm huyện", "Ngân hàng Chính sách xã hội huyện",
            "Bưu điện huyện"};
    private static final String[] ENTERPRISES = {"Công ty TNHH Nông sản Lục Ngạn", "Công ty CP Vải thiều Bắc Giang",
            "Công ty TNHH May Lục Ngạn", "Công ty CP Xây dựng Chũ", "Công ty TNHH Gạch Tuynel Nam Dương",
            "Công ty CP Thương mại Kép", "Công ty TNHH Chế biến Gỗ Phượng Sơn"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Dương",
            "Lý", "Bùi", "Đặng", "Hà", "Nông", "Giáp", "Thân"};
    private static final String[] MEN = {"Văn Hùng", "Đức Thắng", "Văn Nam", "Minh Tuấn", "Quang Hải", "Văn Sơn",
            "Hữu Dũng", "Văn Bình", "Công Thành", "Xuân Trường"};
    private static final String[] WOMEN = {"Thị Hoa", "Thị Lan", "Thu Hương", "Thị Mai", "Ngọc Anh", "Thị Hằng",
            "Thị Thu", "Minh Phương", "Thị Nga", "Thanh Huyền"};

    private final Random random = new Random(20260301L);
    private final List<CreateOrganisation> organisations = new ArrayList<>();
    private final List<RegisterMember> members = new ArrayList<>();
    private final List<AssignCellRole> roles = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private List<CellYear> year = List.of();

    /** A meeting to schedule and, when {@code endedAt} is not null, to record as held. */
    public record Meeting(ScheduleMeeting schedule, LocalDateTime startedAt, LocalDateTime endedAt) {
    }

    private DemoDistrict() {
    }

    /**
     * A plan made of given parts, sent by {@link DemoSeeder} like the demo district: the load driver
     * builds provinces of many such districts, or a fraction of one, from {@link #plan}'s parts.
     */
    public static DemoDistrict of(List<CreateOrganisation> organisations, List<RegisterMember> members,
                                  List<AssignCellRole> roles, List<Meeting> meetings, List<CellYear> year) {
        var district = new DemoDistrict();
        district.organisations.addAll(organisations);
        district.members.addAll(members);
        district.roles.addAll(roles);
        district.meetings.addAll(meetings);
        district.year = List.copyOf(year);
        return district;
    }

    /**
     * The plan up to {@code today}: {@code months} of meetings recorded as held ending with today's month,
     * and Biên Sơn's last twelve months step by step. Nothing is held on or after {@code today}.
     */
    public static DemoDistrict plan(LocalDate today, int months) {
        var district = new DemoDistrict();
        district.buildTree();
        district.buildMembers();
        district.buildRoles();
        district.buildMeetings(today, months);
        district.buildYear(today);
        return district;
    }

    public List<CreateOrganisation> organisations() {
        return organisations;
    }

    public List<RegisterMember> members() {
        return members;
    }

    /** The secretaries, deputies and cell-committee members of every cell. */
    public List<AssignCellRole> roles() {
        return roles;
    }

    /** The meetings of the cells outside Biên Sơn, recorded in two steps. */
    public List<Meeting> meetings() {
        return meetings;
    }

    /** Biên Sơn's cells, each with its year of calls in date order. */
    public List<CellYear> year() {
        return year;
    }

    public long cells() {
        return organisations.stream().filter(o -> o.kind() == OrganisationKind.CELL).count();
    }

    private void buildTree() {
        committee(PROVINCE, "Tỉnh ủy Bắc Giang", "Tỉnh ủy", null);
        committee(DISTRICT, "Huyện ủy Lục Ngạn", "Huyện ủy", PROVINCE);
        for (int c = 0; c < COMMUNES.length; c++) {
            String name = COMMUNES[c];
            boolean town = name.equals("Chũ");
            String id = "xa-" + slug(name);
            String place = (town ? "thị trấn " : "xã ") + name;
            committee(id, "Đảng ủy " + place, "Đảng ủy cơ sở", DISTRICT);
            int villages = 11 + (c < 2 ? 1 : 0);
            for (int v = 0; v < villages; v++) {
                String village = VILLAGES[(v + c) % VILLAGES.length] + (v >= VILLAGES.length ? " " + v : "");
                cell(id + "-thon-" + (v + 1), (town ? "Chi bộ tổ dân phố " : "Chi bộ thôn ") + village, CellType.VILLAGE, id);
            }
            String[] schools = {"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường Tiểu học số 2"};
            for (int s = 0; s < 3 + (c < 7 ? 1 : 0); s++) {
                cell(id + "-truong-" + (s + 1), "Chi bộ " + schools[s] + " " + place, CellType.SCHOOL, id);
            }
            if (c < 25) {
                cell(id + "-tram-y-te", "Chi bộ Trạm Y tế " + place, CellType.HEALTH_STATION, id);
            }
            cell(id + "-cong-an", "Chi bộ Công an " + place, CellType.COMMUNE_POLICE, id);
            if (c < 4) {
                cell(id + "-htx", "Chi bộ Hợp tác xã nông nghiệp " + name, CellType.OTHER, id);
            }
        }
        for (int a = 0; a < AGENCY_COMMITTEES.length; a++) {
            String id = AGENCY_COMMITTEE_IDS[a];
            committee(id, "Đảng ủy " + AGENCY_COMMITTEES[a], "Đảng ủy cơ sở", DISTRICT);
            for (int k = 0; k < (a < 4 ? 8 : 7); k++) {
                cell(id + "-chi-bo-" + (k + 1), "Chi bộ " + (k + 1) + " - " + AGENCY_COMMITTEES[a], CellType.AGENCY, id);
            }
        }
        for (String agency : AGENCY_CELLS) {
            cell("chi-bo-" + slug(agency), "Chi bộ " + agency, CellType.AGENCY, DISTRICT);
        }
        for (String enterprise : ENTERPRISES) {
            cell("chi-bo-" + slug(enterprise), "Chi bộ " + enterprise, CellType.ENTERPRISE, DISTRICT);
        }
    }

    private void buildMembers() {
        List<CreateOrganisation> cells = organisations.stream().filter(o -> o.kind() == OrganisationKind.CELL).toList();
        int[] sizes = cells.stream().mapToInt(c -> typicalSize(c.cellType())).toArray();
        int total = java.util.Arrays.stream(sizes).sum();
        // nudge village cells until the district has exactly the members of the source
        while (total != MEMBERS) {
            int i = random.nextInt(cells.size());
            if (cells.get(i).cellType() != CellType.VILLAGE) {
                continue;
            }
            int step = total < MEMBERS ? 1 : -1;
            if (sizes[i] + step >= 5) {
                sizes[i] += step;
                total += step;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            for (int m = 0; m < sizes[i]; m++) {
                members.add(member(cells.get(i).organisationId(), m));
            }
        }
    }

    /**
     * The first official members of a cell lead it; from the policy's committee size on, three more
     * official members join the cell committee.
     */
    private void buildRoles() {
        for (List<RegisterMember> cell : membersByCell().values()) {
            List<String> officials = cell.stream().filter(m -> m.status() == MembershipStatus.OFFICIAL)
                    .map(RegisterMember::memberId).toList();
            roles.add(new AssignCellRole(officials.get(0), CellRole.SECRETARY, TERM_STARTED));
            roles.add(new AssignCellRole(officials.get(1), CellRole.DEPUTY_SECRETARY, TERM_STARTED));
            if (officials.size() >= Policies.DEFAULTS.cellCommitteeFromOfficialMembers()) {
                officials.subList(2, 5).forEach(id -> roles.add(new AssignCellRole(id, CellRole.COMMITTEE_MEMBER, TERM_STARTED)));
            }
        }
    }

    private void buildMeetings(LocalDate today, int months) {
        LocalDateTime now = today.atStartOfDay();
        List<CreateOrganisation> cells = organisations.stream()
                .filter(o -> o.kind() == OrganisationKind.CELL && !inYearCommune(o)).toList();
        for (int back = months - 1; back >= 0; back--) {
            YearMonth month = YearMonth.from(today).minusMonths(back);
            boolean quarterEnd = month.getMonthValue() % 3 == 0;
            for (CreateOrganisation cell : cells) {
                if (random.nextInt(100) < 96) {
                    int day = random.nextInt(100) < 7 ? 10 + random.nextInt(6) : 3 + random.nextInt(5);
                    meeting(cell, month, MeetingKind.REGULAR, day, 7 + random.nextInt(3) * 7, now);
                }
                if (quarterEnd && random.nextInt(100) < 80) {
                    meeting(cell, month, MeetingKind.THEMATIC, 18 + random.nextInt(8), 14, now);
                }
            }
        }
    }

    private void buildYear(LocalDate today) {
        List<CreateOrganisation> cells = organisations.stream()
                .filter(o -> o.kind() == OrganisationKind.CELL && inYearCommune(o)).toList();
        Map<String, CellRole> leaders = new HashMap<>();
        roles.forEach(r -> leaders.put(r.memberId(), r.role()));
        year = CommuneYear.plan(cells, membersByCell(), leaders, today, YEAR_SEED);
    }

    private static boolean inYearCommune(CreateOrganisation organisation) {
        return YEAR_COMMUNE.equals(organisation.parentId());
    }

    private Map<String, List<RegisterMember>> membersByCell() {
        return members.stream().collect(Collectors.groupingBy(RegisterMember::cellId, LinkedHashMap::new, Collectors.toList()));
    }

    private void meeting(CreateOrganisation cell, YearMonth month, MeetingKind kind, int day, int hour, LocalDateTime now) {
        String id = "sh-" + cell.organisationId() + "-" + month + (kind == MeetingKind.THEMATIC ? "-cd" : "");
        LocalDateTime start = month.atDay(day).atTime(hour, random.nextBoolean() ? 0 : 30);
        var schedule = new ScheduleMeeting(id, cell.organisationId(), kind, start, "Hội trường " + cell.name());
        boolean happened = start.isBefore(now);
        int minutes = 75 + random.nextInt(76);
        meetings.add(new Meeting(schedule, happened ? start : null, happened ? start.plusMinutes(minutes) : null));
    }

    private int typicalSize(CellType type) {
        return switch (type) {
            case VILLAGE -> 14 + random.nextInt(13);
            case SCHOOL -> 8 + random.nextInt(9);
            case HEALTH_STATION, OTHER -> 3 + random.nextInt(4);
            case COMMUNE_POLICE -> 4 + random.nextInt(5);
            case AGENCY -> 7 + random.nextInt(12);
            case ENTERPRISE -> 3 + random.nextInt(5);
        };
    }

    private RegisterMember member(String cellId, int index) {
        boolean woman = random.nextInt(100) < 38;
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + " "
                + (woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)]);
        boolean probationary = index >= LEADING_OFFICIALS && random.nextInt(100) < 7;
        LocalDate joined = probationary
                ? LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500))
                : LocalDate.of(1975, 1, 1).plusDays(random.nextInt(17_000));
        return new RegisterMember("dv-" + cellId + "-" + (index + 1), cellId, name,
                probationary ? MembershipStatus.PROBATIONARY : MembershipStatus.OFFICIAL, joined);
    }

    private void committee(String id, String name, String level, String parent) {
        organisations.add(new CreateOrganisation(id, name, OrganisationKind.COMMITTEE, level, null, parent, FOUNDED));
    }

    private void cell(String id, String name, CellType type, String parent) {
        String level = parent.equals(DISTRICT) ? "Chi bộ cơ sở" : "Chi bộ trực thuộc";
        organisations.add(new CreateOrganisation(id, name, OrganisationKind.CELL, level, type, parent, FOUNDED));
    }

    /** "Đèo Gia" → "deo-gia": ids stay plain ASCII. */
    static String slug(String name) {
        String plain = java.text.Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
