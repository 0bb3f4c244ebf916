package vn.chibo.events.task;

/** Who a task is assigned to: a member, or an organisation (a cell, a mass organisation's cell...). */
public enum AssigneeKind {
    MEMBER,
    ORGANISATION
}
