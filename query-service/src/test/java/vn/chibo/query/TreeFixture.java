package vn.chibo.query;

import vn.chibo.events.member.MemberContract.MemberRegistered;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationCreated;
import vn.chibo.events.organisation.OrganisationKind;
import vn.chibo.service.testing.TopicWriter;

import java.time.LocalDate;

/** The organisations and members a test's history starts from, named after their ids. */
final class TreeFixture {

    private TreeFixture() {
    }

    static void committee(TopicWriter events, String id, String parentId, LocalDate founded) {
        events.publish(id, new OrganisationCreated(id, "Đảng ủy " + id, OrganisationKind.COMMITTEE, "Đảng ủy",
                null, parentId, founded));
    }

    static void cell(TopicWriter events, String id, String parentId, LocalDate founded) {
        events.publish(id, new OrganisationCreated(id, "Chi bộ thôn " + id, OrganisationKind.CELL, "Chi bộ",
                CellType.VILLAGE, parentId, founded));
    }

    static void officialMembers(TopicWriter events, String cellId, LocalDate joined, String... memberIds) {
        for (String member : memberIds) {
            events.publish(member, new MemberRegistered(member, cellId, "Đảng viên " + member,
                    MembershipStatus.OFFICIAL, joined));
        }
    }
}
