package vn.chibo.command.access;

import vn.chibo.service.security.Permission;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one command type needs: a permission on each organisation it concerns (all must pass). An
 * organisation may be unknown (null: a root to create, an aggregate not recorded) — then only a
 * whole-tree grant passes. A rule without permission is a system command no person may send.
 * {@code ownTask} names the task a member may report on as its assignee instead of holding the permission.
 */
record Rule(Class<?> type, Permission permission, BiFunction<Object, Owners, List<String>> concerns,
            Function<Object, OwnTask> ownTask) {

    boolean systemOnly() {
        return permission == null;
    }

    /** The task and the member the command says reports on it. */
    record OwnTask(String taskId, String reportingMemberId) {
    }

    /** Where existing aggregates and organisations stand today. */
    interface Owners {

        /** The organisation the aggregate belongs to, null when unknown. */
        String of(String aggregateId);

        /** The organisation directly above, null for a root or an unknown one. */
        String parentOf(String organisationId);
    }
}
