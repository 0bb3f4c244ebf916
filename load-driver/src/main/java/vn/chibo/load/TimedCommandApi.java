package vn.chibo.load;

import vn.chibo.standalone.demo.CommandApi;

/** The demo seed's command client, timing every command from request to answer. */
final class TimedCommandApi extends CommandApi {

    private final Latencies latencies;

    TimedCommandApi(String baseUrl, String bearerToken, Latencies latencies) {
        super(baseUrl, bearerToken);
        this.latencies = latencies;
    }

    @Override
    public void post(String path, String commandId, Object body) {
        long start = System.nanoTime();
        super.post(path, commandId, body);
        latencies.record(System.nanoTime() - start);
    }
}
