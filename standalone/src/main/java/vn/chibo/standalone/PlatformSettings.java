package vn.chibo.standalone;

import vn.chibo.service.security.SecurityProperties.Account;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the three services find their databases and the broker, the ports they listen on, and how
 * they sign people in.
 *
 * @param databaseUrls JDBC URLs of the command, query and reporting databases (one each, never shared)
 * @param topic        the event topic
 * @param tokenSecret  the secret the three services share to sign and check tokens (≥ 32 bytes)
 * @param accounts     the built-in accounts people sign in with
 */
public record PlatformSettings(
        String kafkaBootstrapServers,
        String topic,
        DatabaseUrls databaseUrls,
        String databaseUser,
        String databasePassword,
        int commandPort,
        int queryPort,
        int reportingPort,
        String tokenSecret,
        List<Account> accounts) {

    /** Without accounts and with a secret of this run only: for runs that sign nobody in but themselves. */
    public PlatformSettings(String kafkaBootstrapServers, String topic, DatabaseUrls databaseUrls, String databaseUser,
                            String databasePassword, int commandPort, int queryPort, int reportingPort) {
        this(kafkaBootstrapServers, topic, databaseUrls, databaseUser, databasePassword, commandPort, queryPort,
                reportingPort, newSecret(), List.of());
    }

    public static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    public record DatabaseUrls(String command, String query, String reporting) {
    }
}
