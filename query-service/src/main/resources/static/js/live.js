// Live pages: the element carrying data-changes names the server's stream (SSE) of committed changes of
// the organisation shown; each element carrying data-live-part is reloaded from that URL on every change.
// Each time the stream opens (first time, and after a reconnect) the page refreshes once, so a change
// committed while it was not yet (or no longer) listening is not missed.
// A change announced while a refresh is under way triggers one more refresh when it ends: its news may
// have been committed after the running request read the figures. (htmx's own trigger queue would drop
// it, since the queued request belongs to the element the swap replaces.)
(function () {
    const source = document.querySelector('[data-changes]');
    if (!source || !window.EventSource) {
        return;
    }
    let refreshing = false;
    let changedMeanwhile = false;

    function refresh() {
        if (refreshing) {
            changedMeanwhile = true;
            return;
        }
        refreshing = true;
        const parts = Array.from(document.querySelectorAll('[data-live-part]'));
        Promise.allSettled(parts.map(part =>
            htmx.ajax('GET', part.dataset.livePart, {source: part, target: part, swap: 'outerHTML'})))
            .then(() => {
                refreshing = false;
                document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
                if (changedMeanwhile) {
                    changedMeanwhile = false;
                    refresh();
                }
            });
    }

    const changes = new EventSource(source.dataset.changes);
    changes.addEventListener('open', () => {
        refresh();
        document.body.dataset.live = 'open';
    });
    changes.addEventListener('error', () => {
        document.body.dataset.live = 'reconnecting';
    });
    changes.addEventListener('changed', refresh);
})();
