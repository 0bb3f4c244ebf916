package vn.chibo.load;

import org.apache.kafka.common.utils.Utils;
import vn.chibo.events.member.MemberContract.RegisterMember;
import vn.chibo.events.member.MembershipStatus;
import vn.chibo.standalone.demo.CommandApi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One new member per topic partition, sent last: a consumer that shows all of them has read every
 * partition to its end, since Kafka keeps order within a partition. (Axon's Kafka tracking token is not
 * stored after trailing events no handler takes, so the token cannot tell.) The record key is the
 * aggregate id and the producer's partitioner is Kafka's default: murmur2 of the key's bytes.
 */
final class Markers {

    private Markers() {
    }

    static List<String> send(CommandApi commands, String cell, int partitions, String prefix) {
        List<String> ids = new ArrayList<>();
        boolean[] covered = new boolean[partitions];
        for (int n = 0; ids.size() < partitions; n++) {
            String id = prefix + "-marker-" + n;
            int partition = Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (!covered[partition]) {
                covered[partition] = true;
                commands.post("/api/members", id,
                        new RegisterMember(id, cell, "Đảng viên mốc " + n, MembershipStatus.OFFICIAL, LocalDate.of(2020, 1, 1)));
                ids.add(id);
            }
        }
        return ids;
    }

    static void awaitVisible(Http http, String queryUrl, List<String> ids, Duration timeout) {
        for (String id : ids) {
            if (!http.awaitFound(queryUrl + "/api/members/" + id, 20, timeout)) {
                throw new IllegalStateException("Marker " + id + " never became visible at " + queryUrl);
            }
        }
    }
}
