package vn.chibo.standalone.demo;

import vn.chibo.events.task.TaskContract.AssignTask;
import vn.chibo.events.task.TaskContract.CompleteTask;
import vn.chibo.events.task.TaskContract.ReportTaskProgress;
import vn.chibo.events.task.TaskOutcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The tasks one cell's resolutions hand out and what becomes of each, decided when it is assigned: most
 * are completed before their deadline and judged done at the next meeting, some are judged not done,
 * some carried over with a new deadline. Progress and completion reports are handed out in date order,
 * before the meeting that reviews them; whatever falls on or after the plan's today is not reported, so
 * the task stays open.
 */
final class TaskBook {

    /** How the next meeting judges a task: an outcome, the reason when not done, the new deadline when carried over. */
    record Verdict(String taskId, TaskOutcome outcome, String reason, LocalDate newDeadline) {
    }

    private enum Fate { COMPLETED, NOT_DONE, CARRIED_OVER }

    private record Report(LocalDate on, Task task, boolean completion, Call call) {
    }

    private static final class Task {
        private final AssignTask assigned;
        private LocalDate deadline;
        private Fate fate;
        private LocalDate completedOn;
        private boolean reported;

        private Task(AssignTask assigned) {
            this.assigned = assigned;
            this.deadline = assigned.deadline();
        }
    }

    private final Random random;
    private final List<Task> open = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();

    TaskBook(Random random) {
        this.random = random;
    }

    void assign(AssignTask assigned, LocalDate adoptedOn) {
        var task = new Task(assigned);
        int roll = random.nextInt(100);
        decide(task, roll < 72 ? Fate.COMPLETED : roll < 86 ? Fate.NOT_DONE : Fate.CARRIED_OVER, adoptedOn);
        open.add(task);
    }

    /** The progress and completion reports dated up to {@code lastDay} not yet handed out, in date order. */
    List<Call> reportsUntil(LocalDate lastDay) {
        List<Report> due = reports.stream().filter(r -> !r.on().isAfter(lastDay))
                .sorted(Comparator.comparing(Report::on)).toList();
        reports.removeAll(due);
        due.stream().filter(Report::completion).forEach(r -> r.task().reported = true);
        return due.stream().map(Report::call).toList();
    }

    /**
     * The meeting on {@code day} judges every task completed by then or past its deadline; tasks neither
     * completed nor due wait for a later meeting.
     */
    List<Verdict> review(LocalDate day) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Task task : List.copyOf(open)) {
            String id = task.assigned.taskId();
            if (task.reported) {
                verdicts.add(new Verdict(id, TaskOutcome.DONE, null, null));
                open.remove(task);
            } else if (!task.deadline.isAfter(day)) {
                if (task.fate == Fate.CARRIED_OVER) {
                    task.deadline = day.plusDays(20 + random.nextInt(11));
                    verdicts.add(new Verdict(id, TaskOutcome.CARRIED_OVER, DemoTexts.pick(DemoTexts.NOT_DONE_REASONS, random),
                            task.deadline));
                    decide(task, random.nextInt(100) < 80 ? Fate.COMPLETED : Fate.NOT_DONE, day);
                } else {
                    verdicts.add(new Verdict(id, TaskOutcome.NOT_DONE, DemoTexts.pick(DemoTexts.NOT_DONE_REASONS, random), null));
                    open.remove(task);
                }
            }
        }
        return verdicts;
    }

    /** Tasks neither completed nor judged, with their deadline: those past it are overdue. */
    Map<String, LocalDate> stillOpen() {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        open.stream().filter(t -> !t.reported).forEach(t -> deadlines.put(t.assigned.taskId(), t.deadline));
        return deadlines;
    }

    /** Sets the fate from {@code since} (the adoption, or the carry-over) and plans the reports it brings. */
    private void decide(Task task, Fate fate, LocalDate since) {
        task.fate = fate;
        String id = task.assigned.taskId();
        var doer = task.assigned.assignees().get(0);
        long days = ChronoUnit.DAYS.between(since, task.deadline);
        if (fate == Fate.COMPLETED) {
            task.completedOn = task.deadline.minusDays(random.nextInt((int) Math.min(6, days - 2)));
            reports.add(new Report(task.completedOn, task, true, new Call("/api/tasks/" + id + "/completion", id + "/completion/" + since,
                    new CompleteTask(id, doer, "Đã hoàn thành, báo cáo chi ủy", task.completedOn))));
        }
        if (random.nextInt(100) < 35) {
            // well before any completion, which comes at the earliest five days before the deadline
            LocalDate on = since.plusDays(1 + random.nextInt((int) days / 2 - 1));
            int percent = fate == Fate.COMPLETED ? 50 + random.nextInt(30) : 20 + random.nextInt(30);
            reports.add(new Report(on, task, false, new Call("/api/tasks/" + id + "/progress", id + "/progress/" + on,
                    new ReportTaskProgress(id, doer, "Đã thực hiện được khoảng " + percent + "%", percent, on))));
        }
    }
}
