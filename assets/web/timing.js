// chairtime's timing in the browser: the one copy that the speaker page and the remote both load
// from the share server (/timing.js). It turns the state the server sends into what a page shows
// at a moment, says when that next changes, keeps the page's clock on the laptop's, and keeps the
// page connected. The rules follow the desktop app's (src/timing/speaker.rs, Speaker::text_at);
// tests/web/timing-test.html checks them in a real browser (.ci/timing-js.sh).
'use strict';

const chairtime = (() => {
  // Per urgency: background, foreground, word, shape (as the desktop app).
  const STYLES = {
    not_started: ['#101418', '#ffffff', 'NOT STARTED', 'ring'],
    normal: ['#0b2e13', '#ffffff', 'ON TIME', 'circle'],
    warning: ['#ffc107', '#000000', 'WARNING', 'triangle'],
    danger: ['#8b0000', '#ffffff', 'WRAP UP', 'diamond'],
    overtime: ['#b00020', '#ffffff', 'TIME IS UP', 'square'],
    paused: ['#1e2a38', '#ffffff', 'PAUSED', 'bars'],
    break: ['#003d33', '#ffffff', 'BREAK', 'ring'],
    finished: ['#101418', '#ffffff', 'FINISHED', 'ring'],
  };
  const SHAPES = {
    ring: '<circle cx="50" cy="50" r="38.25" fill="none" stroke="currentColor" stroke-width="11.25"/>',
    circle: '<circle cx="50" cy="50" r="45" fill="currentColor"/>',
    triangle: '<polygon points="50,5 97.25,86 2.75,86" fill="currentColor"/>',
    diamond: '<polygon points="50,5 95,50 50,95 5,50" fill="currentColor"/>',
    square: '<rect x="14" y="14" width="72" height="72" fill="currentColor"/>',
    bars: '<rect x="18.5" y="9.5" width="22.5" height="81" fill="currentColor"/><rect x="59" y="9.5" width="22.5" height="81" fill="currentColor"/>',
  };

  const pad = (n) => String(n).padStart(2, '0');

  // The page's own token, as the query every request of it carries ("?token=…").
  const tokenQuery = () =>
    '?token=' + encodeURIComponent(new URLSearchParams(typeof location === 'undefined' ? '' : location.search).get('token') || '');

  // The Rust format_clock: rounded up while counting down, down once over, "+" when over.
  function formatClock(ms) {
    let s, sign = '';
    if (ms > 0) s = Math.ceil(ms / 1000);
    else { s = Math.floor(-ms / 1000); if (s > 0) sign = '+'; }
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return sign + (h > 0 ? h + ':' + pad(m) : pad(m)) + ':' + pad(s % 60);
  }

  // A running countdown stops at holds_at when there is one (the next break, once the slot is
  // over time); a frozen one (paused, not started) shows frozen_ms.
  const remaining = (cd, now) =>
    ('ends_at' in cd ? cd.ends_at - (cd.holds_at != null ? Math.min(now, cd.holds_at) : now) : cd.frozen_ms);

  // What a page shows at `now` (server milliseconds).
  function model(st, now) {
    const sp = st.speaker;
    let urgency = sp.urgency, word = sp.word;
    // The words in the speaker's language, when the server sends them (docs/l10n.md).
    const w = sp.words || {};
    for (const c of sp.changes || []) {
      if (c.at <= now && STYLES[c.urgency]) {
        urgency = c.urgency;
        word = (w.states && w.states[c.urgency]) || STYLES[c.urgency][2];
      }
    }
    const fill = (template, fallback, t) => (template || fallback).replace('{time}', t);
    const t = new Date(now + sp.utc_offset_s * 1000);
    const clock = pad(t.getUTCHours()) + ':' + pad(t.getUTCMinutes());
    let big = clock;
    if (sp.big) {
      const r = remaining(sp.big, now);
      if (!(sp.big_then_clock && r <= 0)) big = formatClock(r);
    }
    let horizon = sp.session_ends;
    if (sp.break_in && remaining(sp.break_in, now) > 0) {
      horizon = fill(w.break_in, 'Break in {time}', formatClock(remaining(sp.break_in, now)));
    }
    let slotLeft = '', progress = null;
    if (sp.slot) {
      const left = remaining(sp.slot.remaining, now);
      slotLeft = left > 0
        ? fill(w.left_in_slot, '{time} left in this slot', formatClock(left))
        : fill(w.over_slot, '{time} over this slot', formatClock(left).replace(/^\+/, ''));
      progress = Math.min(1, Math.max(0, 1 - left / Math.max(1, sp.slot.length_ms)));
    }
    const flash = !!st.flashing && urgency === 'overtime' && Math.floor(now / 1000) % 2 === 1;
    return { urgency, word, clock, big, horizon, slotLeft, progress, flash };
  }

  // Milliseconds until anything shown changes (at most a second, and a little after the edge).
  function untilNextChange(st, now) {
    const sp = st.speaker;
    let wait = Math.min(1000, 60000 - (((now + sp.utc_offset_s * 1000) % 60000) + 60000) % 60000);
    const edge = (cd) => {
      if (cd && 'ends_at' in cd && !(cd.holds_at != null && now >= cd.holds_at)) {
        const r = (((cd.ends_at - now) % 1000) + 1000) % 1000;
        wait = Math.min(wait, r || 1000);
      }
    };
    edge(sp.big); edge(sp.slot && sp.slot.remaining); edge(sp.break_in);
    let urgency = sp.urgency;
    for (const c of sp.changes || []) {
      if (c.at > now) wait = Math.min(wait, c.at - now);
      else if (STYLES[c.urgency]) urgency = c.urgency;
    }
    // The flash follows the server's second.
    if (st.flashing && urgency === 'overtime') wait = Math.min(wait, 1000 - (((now % 1000) + 1000) % 1000));
    return Math.max(1, wait) + 2;
  }

  // The slot's bar: its fill and a tick per threshold, redrawn only when the ticks change.
  function drawBar(bar, fill, slot, progress) {
    fill.style.width = (progress * 100).toFixed(2) + '%';
    const marks = JSON.stringify(slot.marks || []);
    if (bar.dataset.marks === marks) return;
    bar.dataset.marks = marks;
    bar.querySelectorAll('.mark').forEach((x) => x.remove());
    for (const f of slot.marks || []) {
      const tick = document.createElement('span');
      tick.className = 'mark';
      tick.style.left = (f * 100).toFixed(2) + '%';
      bar.appendChild(tick);
    }
  }

  // The page's clock against the laptop's: the first state's server_now, then the best of three
  // /api/time round trips every minute (the shortest round trip's midpoint).
  function clock(query, onSynced, env) {
    const e = Object.assign({ fetch: (...a) => fetch(...a), now: () => Date.now() }, env || {});
    let offset = null; // server clock minus ours, ms
    async function sync() {
      let best = null;
      for (let i = 0; i < 3; i++) {
        try {
          const t0 = e.now();
          const r = await e.fetch('/api/time' + query, { cache: 'no-store' });
          const t1 = e.now();
          if (!r.ok) return;
          const j = await r.json();
          if (!best || t1 - t0 < best.rtt) best = { rtt: t1 - t0, off: Math.round(j.server_now - (t0 + t1) / 2) };
        } catch (x) { return; }
      }
      if (best) { offset = best.off; onSynced(); }
    }
    return {
      now: () => e.now() + (offset || 0),
      // A state's own server_now sets the offset until a round trip measures it.
      seen(st) { if (offset === null && st && typeof st.server_now === 'number') offset = st.server_now - e.now(); },
      sync,
      get offset() { return offset; },
    };
  }

  // The connection: the event stream, a plain request at start and after an error (was the link
  // revoked?), "Connection lost" after 5 s of silence (the server pings every 2 s), retries
  // backing off from 1 s to 10 s. Calls on.state(st), on.status(text, cls) ('' when connected),
  // on.revoked(). The pages of a room use /api/events ('state' events) and /api/state; the wall
  // gives its own (env.events, env.event, env.state, env.valid).
  function link(query, on, env) {
    const e = Object.assign({
      EventSource: typeof EventSource === 'undefined' ? null : EventSource,
      fetch: (...a) => fetch(...a),
      setTimeout: (f, ms) => setTimeout(f, ms),
      clearTimeout: (t) => clearTimeout(t),
      events: '/api/events',
      event: 'state',
      state: '/api/state',
      valid: (st) => !!(st && st.speaker),
    }, env || {});
    let es = null, silence = null, retry = null, backoff = 1000, revoked = false, checking = false;
    let lostNow = true, seen = false;

    function state(st) {
      if (!e.valid(st)) return;
      seen = true;
      on.state(st);
    }
    function lost() {
      lostNow = true;
      if (!revoked) on.status(seen ? say('connection_lost', 'Connection lost — last known time') : say('connecting', 'Connecting…'), '');
    }
    function listen() {
      e.clearTimeout(silence);
      silence = e.setTimeout(() => { lost(); reconnectLater(); }, 5000); // a silent stream is a dead one
    }
    function alive() {
      if (revoked) return;
      lostNow = false;
      on.status('', '');
      listen();
    }
    function connect() {
      if (revoked) return;
      const src = new e.EventSource(e.events + query);
      es = src;
      src.addEventListener(e.event, (ev) => {
        if (src !== es) return;
        backoff = 1000;
        alive();
        let st = null;
        try { st = JSON.parse(ev.data); } catch (x) { /* keep the last state */ }
        state(st);
      });
      src.addEventListener('ping', () => { if (src === es) alive(); });
      src.onerror = () => {
        if (src !== es) return;
        lost();
        check();
        if (src.readyState === 2) reconnectLater(); // EventSource.CLOSED: it will not retry itself
      };
      listen();
    }
    function reconnectLater() {
      if (revoked || retry) return;
      if (es) es.close();
      retry = e.setTimeout(() => { retry = null; connect(); }, backoff);
      backoff = Math.min(backoff * 2, 10000);
    }
    function revoke() {
      if (revoked) return;
      revoked = true;
      if (es) es.close();
      e.clearTimeout(silence); e.clearTimeout(retry);
      on.status(say('link_revoked', 'This link no longer works — ask the chair for the current link'), 'revoked');
      if (on.revoked) on.revoked();
    }
    async function check() {
      if (checking || revoked) return;
      checking = true;
      try {
        const r = await e.fetch(e.state + query, { cache: 'no-store' });
        if (r.status === 403) revoke();
        else if (r.ok) state(await r.json());
      } catch (x) { /* offline: the stream's retries go on */ }
      checking = false;
    }
    return {
      start() { check(); connect(); },
      check,
      revoke,
      get lost() { return lostNow; },
      get revoked() { return revoked; },
    };
  }

  // The connection's words in the speaker's language, once a state has brought them.
  let pageWords = {};
  const useWords = (w) => { pageWords = w || {}; };
  const say = (key, fallback) => pageWords[key] || fallback;

  return { STYLES, SHAPES, pad, tokenQuery, formatClock, remaining, model, untilNextChange, drawBar, clock, link, useWords };
})();
