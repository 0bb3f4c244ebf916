package vn.chibo.command.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plan directory holding exactly the plans and theme ids a test names. */
class PlansOf implements PlanDirectory {

    private final Map<String, String> plansByCellYear = new HashMap<>();
    private final Map<String, String> plansByTheme = new HashMap<>();

    PlansOf plan(String planId, String cellId, int year, String... themeIds) {
        plansByCellYear.put(cellId + "/" + year, planId);
        for (String themeId : themeIds) {
            plansByTheme.put(themeId, planId);
        }
        return this;
    }

    @Override
    public Optional<String> planFor(String cellId, int year) {
        return Optional.ofNullable(plansByCellYear.get(cellId + "/" + year));
    }

    @Override
    public List<String> plansOf(String cellId) {
        return plansByCellYear.entrySet().stream().filter(e -> e.getKey().startsWith(cellId + "/"))
                .map(Map.Entry::getValue).sorted().toList();
    }

    @Override
    public Optional<String> planUsingTheme(String themeId) {
        return Optional.ofNullable(plansByTheme.get(themeId));
    }

    @Override
    public Optional<ApprovedTheme> approvedTheme(String themeId) {
        return Optional.empty();
    }
}
