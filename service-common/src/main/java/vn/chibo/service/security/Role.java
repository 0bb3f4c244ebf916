package vn.chibo.service.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, always within an organisation subtree (see {@link Grant}). The permissions
 * each role carries are the whole authorization model; services only say which permission an endpoint
 * or command needs and for which organisation.
 */
public enum Role {
    /** Đảng viên: reads their own cell, reports progress on their own tasks. */
    MEMBER(Permission.READ, Permission.REPORT_OWN_TASKS),
    /** Bí thư / phó bí thư: writes their own cell (or committee) and everything below it. */
    SECRETARY(Permission.READ, Permission.WRITE, Permission.REPORT_OWN_TASKS, Permission.SUBMIT_REPORTS),
    /** Cấp ủy viên: reads the subtree, approves plans, exemptions and reports of the units directly below. */
    COMMITTEE(Permission.READ, Permission.AUDIT, Permission.APPROVE_BELOW, Permission.SUBMIT_REPORTS),
    /** Kiểm tra: reads the subtree and its audit trail. */
    AUDITOR(Permission.READ, Permission.AUDIT),
    /** Quản trị: the organisation tree and policy of the subtree. */
    ADMINISTRATOR(Permission.READ, Permission.ADMINISTER);

    private final Set<Permission> permissions;

    Role(Permission first, Permission... rest) {
        this.permissions = EnumSet.of(first, rest);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
