package vn.chibo.standalone.demo;

/**
 * One call of the demo seed to command-service's REST API: the path, the readable key the command id
 * is derived from (so a re-seed sends the same id), and the JSON body.
 */
public record Call(String path, String key, Object body) {
}
