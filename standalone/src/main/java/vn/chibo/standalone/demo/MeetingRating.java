package vn.chibo.standalone.demo;

import vn.chibo.events.meeting.AttendanceStatus;
import vn.chibo.events.meeting.MeetingContract.CriterionScore;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.policy.Policies;
import vn.chibo.events.policy.PolicyContract.Criterion;
import vn.chibo.events.policy.PolicyContract.ScoringSheet;
import vn.chibo.events.policy.PolicyContract.Thresholds;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How long a demo meeting lasts and how its secretary rates it, with points on the scoring sheet of the
 * policy in force (the demo adopts no other policy, so the defaults of domain brief §8): good when the
 * attendance target is met with nobody away without reason and the meeting lasted the minimum, average
 * when fewer than seven in ten came, fair otherwise.
 */
final class MeetingRating {

    private static final Thresholds POLICY = Policies.DEFAULTS;

    private final Random random;

    MeetingRating(Random random) {
        this.random = random;
    }

    /** Mostly an hour and a half to two and a half hours; one in twenty falls short of the minimum. */
    int regularMinutes() {
        return random.nextInt(100) < 5 ? POLICY.minimumMeetingMinutes() - 20 + random.nextInt(15) : 95 + random.nextInt(56);
    }

    int thematicMinutes() {
        return 100 + random.nextInt(51);
    }

    QualityLevel level(Collection<AttendanceStatus> attendance, int minutes) {
        long expected = attendance.stream().filter(s -> s != AttendanceStatus.EXEMPT).count();
        long present = attendance.stream().filter(s -> s == AttendanceStatus.PRESENT).count();
        boolean unexcused = attendance.contains(AttendanceStatus.ABSENT_WITHOUT_REASON);
        if (100 * present < 70 * expected) {
            return QualityLevel.AVERAGE;
        }
        boolean good = 100 * present >= (long) POLICY.attendanceTargetPercent() * expected && !unexcused
                && minutes >= POLICY.minimumMeetingMinutes();
        return good ? QualityLevel.GOOD : QualityLevel.FAIR;
    }

    /** Points per criterion adding up to a total within the level's band, full marks kept where good requires them. */
    List<CriterionScore> scores(QualityLevel level) {
        ScoringSheet sheet = POLICY.meetingQuality();
        List<Criterion> criteria = sheet.criteria();
        int[] points = criteria.stream().mapToInt(Criterion::points).toArray();
        int maximum = Arrays.stream(points).sum();
        int from = switch (level) {
            case GOOD -> sheet.goodFrom();
            case FAIR -> sheet.fairFrom();
            case AVERAGE -> sheet.averageFrom();
            case POOR -> 0;
        };
        int to = switch (level) {
            case GOOD -> maximum;
            case FAIR -> sheet.goodFrom() - 1;
            case AVERAGE -> sheet.fairFrom() - 1;
            case POOR -> sheet.averageFrom() - 1;
        };
        int deficit = maximum - (from + random.nextInt(to - from + 1));
        while (deficit > 0) {
            int i = random.nextInt(points.length);
            boolean keepFull = level == QualityLevel.GOOD && sheet.fullMarksRequiredForGood().contains(criteria.get(i).code());
            if (!keepFull && points[i] > 0) {
                points[i]--;
                deficit--;
            }
        }
        return IntStream.range(0, points.length)
                .mapToObj(i -> new CriterionScore(criteria.get(i).code(), points[i])).toList();
    }
}
