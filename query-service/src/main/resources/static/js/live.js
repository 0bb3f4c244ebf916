// Live pages: the element carrying data-changes names the server's stream (SSE) of committed changes of
// the organisation shown; on each "changed" event htmx reloads the parts listening for "changed from:body".
// Each time the stream opens (first time, and after a reconnect) the page refreshes once, so a change
// committed while it was not yet (or no longer) listening is not missed.
(function () {
    const source = document.querySelector('[data-changes]');
    if (!source || !window.EventSource) {
        return;
    }
    const changes = new EventSource(source.dataset.changes);
    changes.addEventListener('open', () => {
        htmx.trigger(document.body, 'changed');
        document.body.dataset.live = 'open';
    });
    changes.addEventListener('changed', () => htmx.trigger(document.body, 'changed'));
})();
