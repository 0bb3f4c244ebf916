package vn.chibo.standalone;

/**
 * Where the three services find their databases and the broker, and the ports they listen on.
 *
 * @param databaseUrls JDBC URLs of the command, query and reporting databases (one each, never shared)
 * @param topic        the event topic
 */
public record PlatformSettings(
        String kafkaBootstrapServers,
        String topic,
        DatabaseUrls databaseUrls,
        String databaseUser,
        String databasePassword,
        int commandPort,
        int queryPort,
        int reportingPort) {

    public record DatabaseUrls(String command, String query, String reporting) {
    }
}
