package vn.chibo.command.command;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** What a command endpoint answers: the id of the thing acted on and whether this call applied it. */
public record Accepted(String id, String commandId, boolean replayed) {

    /** 201 with a Location for a newly created aggregate, 200 for a replay of the same command. */
    public static ResponseEntity<Accepted> created(String id, String commandId, CommandSubmitter.Outcome outcome, String path) {
        var body = new Accepted(id, commandId, outcome == CommandSubmitter.Outcome.REPLAYED);
        return body.replayed()
                ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create(path + "/" + id)).body(body);
    }

    public static ResponseEntity<Accepted> applied(String id, String commandId, CommandSubmitter.Outcome outcome) {
        return ResponseEntity.status(HttpStatus.OK)
                .body(new Accepted(id, commandId, outcome == CommandSubmitter.Outcome.REPLAYED));
    }
}
