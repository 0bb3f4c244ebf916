package vn.chibo.command.meeting;

import vn.chibo.command.command.RuleViolation;
import vn.chibo.command.policy.PolicyBook.InForce;
import vn.chibo.events.meeting.MeetingContract.CriterionScore;
import vn.chibo.events.meeting.QualityLevel;
import vn.chibo.events.policy.PolicyContract.Criterion;
import vn.chibo.events.policy.PolicyContract.ScoringSheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chấm điểm chất lượng buổi sinh hoạt — the level the policy's scoring sheet gives a set of points.
 * "Good" needs the sheet's good score and full marks on every criterion the sheet names for it; a
 * session that has the points but misses a full mark is "fair", as the next level down.
 */
final class QualityScoring {

    private QualityScoring() {
    }

    /** Checks the points against the sheet and the proposed level; returns the total, or null without points. */
    static Integer check(QualityLevel proposed, List<CriterionScore> scores, InForce policy) {
        if (scores.isEmpty()) {
            return null;
        }
        ScoringSheet sheet = policy.thresholds().meetingQuality();
        Map<String, Integer> points = pointsPerCriterion(scores, sheet, policy.version());
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        QualityLevel level = levelFor(sheet, points, total);
        if (level != proposed) {
            throw RuleViolation.ofPolicy("meeting.quality-level-inconsistent", policy.version(), proposed, level, total);
        }
        return total;
    }

    static QualityLevel levelFor(ScoringSheet sheet, Map<String, Integer> points, int total) {
        if (total >= sheet.goodFrom() && fullMarksWhereRequired(sheet, points)) {
            return QualityLevel.GOOD;
        }
        if (total >= sheet.fairFrom()) {
            return QualityLevel.FAIR;
        }
        return total >= sheet.averageFrom() ? QualityLevel.AVERAGE : QualityLevel.POOR;
    }

    private static boolean fullMarksWhereRequired(ScoringSheet sheet, Map<String, Integer> points) {
        List<String> required = sheet.fullMarksRequiredForGood() == null ? List.of() : sheet.fullMarksRequiredForGood();
        return required.stream().allMatch(code -> sheet.criteria().stream()
                .anyMatch(c -> c.code().equals(code) && points.getOrDefault(code, -1) == c.points()));
    }

    private static Map<String, Integer> pointsPerCriterion(List<CriterionScore> scores, ScoringSheet sheet, String version) {
        Map<String, Criterion> criteria = new HashMap<>();
        sheet.criteria().forEach(c -> criteria.put(c.code(), c));
        Map<String, Integer> points = new HashMap<>();
        for (CriterionScore score : scores) {
            Criterion criterion = criteria.get(score.code());
            if (criterion == null) {
                throw RuleViolation.ofPolicy("meeting.unknown-criterion", version, score.code());
            }
            if (points.put(score.code(), score.points()) != null) {
                throw new RuleViolation("meeting.criterion-scored-twice", score.code());
            }
            if (score.points() > criterion.points()) {
                throw RuleViolation.ofPolicy("meeting.points-above-maximum", version, score.code(), score.points(),
                        criterion.points());
            }
        }
        List<String> missing = sheet.criteria().stream().map(Criterion::code).filter(c -> !points.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.ofPolicy("meeting.scores-incomplete", version, String.join(", ", missing));
        }
        return points;
    }
}
