package vn.chibo.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.chibo.query.projection.ChangeFeed;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/** Server-Sent Events: a "changed" event each time the figures of an organisation's subtree change. */
@RestController
@Tag(name = "Tổ chức đảng / Organisations")
class OrganisationChanges {

    private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

    private final ChangeFeed feed;
    private final OrganisationView organisations;
    private final OpenStreams streams;

    OrganisationChanges(ChangeFeed feed, OrganisationView organisations, OpenStreams streams) {
        this.feed = feed;
        this.organisations = organisations;
        this.streams = streams;
    }

    @PreAuthorize("@access.may('READ', #organisationId)")
    @GetMapping(path = "/api/organisations/{organisationId}/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Theo dõi thay đổi số liệu (SSE) / Follow changes of the subtree's figures (SSE)")
    SseEmitter changes(@PathVariable String organisationId) {
        organisations.summary(organisationId);
        SseEmitter emitter = new SseEmitter(TIMEOUT);
        Consumer<Set<String>> listener = new Consumer<>() {
            @Override
            public void accept(Set<String> changed) {
                if (!changed.contains(organisationId)) {
                    return;
                }
                try {
                    emitter.send(SseEmitter.event().name("changed").data(organisationId));
                } catch (IOException | IllegalStateException e) {
                    feed.stopListening(this);
                }
            }
        };
        feed.listen(listener);
        streams.add(emitter);
        Runnable end = () -> {
            feed.stopListening(listener);
            streams.remove(emitter);
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(e -> end.run());
        try {
            // sent at once so the client knows it is subscribed before any change happens
            emitter.send(SseEmitter.event().comment("subscribed"));
        } catch (IOException e) {
            feed.stopListening(listener);
        }
        return emitter;
    }
}
