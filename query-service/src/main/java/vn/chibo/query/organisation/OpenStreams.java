package vn.chibo.query.organisation;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open live-update streams. They are ended first when the service stops, so the web server's
 * graceful shutdown does not wait half a minute for browsers that would otherwise stay connected.
 */
@Component
class OpenStreams implements SmartLifecycle {

    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    void add(SseEmitter stream) {
        streams.add(stream);
    }

    void remove(SseEmitter stream) {
        streams.remove(stream);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        streams.forEach(SseEmitter::complete);
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before anything else, the web server included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
