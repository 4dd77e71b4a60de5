// Follows GET /api/stream/status. Read with fetch rather than EventSource so that the bearer token travels in a
// header and a reconnect after a token refresh can still send Last-Event-ID: after a drop the gateway replays
// exactly the events missed since that id (docs/dashboard.md).
import { token } from './session.js';

const DEFAULT_RETRY_MS = 3000;

export class LiveStream {
  /**
   * @param query e.g. "projectId=42" or "" for everything the caller may see
   * @param onEvent called with (envelope, id) for each `status` event
   * @param onState called with 'connecting' | 'connected' | 'reconnecting' | 'off'
   */
  constructor(query, onEvent, onState) {
    this.query = query;
    this.onEvent = onEvent;
    this.onState = onState;
    this.lastEventId = null;
    this.retryMs = DEFAULT_RETRY_MS;
    this.stopped = false;
    this.controller = null;
  }

  start() {
    this.onState('connecting');
    this.loop();
    return this;
  }

  stop() {
    this.stopped = true;
    this.controller?.abort();
    this.onState('off');
  }

  /** Ends the current connection as a network drop would; the stream reconnects and resumes. */
  drop() {
    this.controller?.abort();
  }

  async loop() {
    let forceToken = false;
    while (!this.stopped) {
      try {
        const status = await this.connect(forceToken);
        forceToken = status === 401;
      } catch {
        // a drop, an abort or a gateway that is away: reconnect below
      }
      if (this.stopped) return;
      this.onState('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, forceToken ? 0 : this.retryMs));
    }
  }

  async connect(forceToken) {
    this.controller = new AbortController();
    const headers = { Accept: 'text/event-stream', Authorization: `Bearer ${await token(forceToken)}` };
    if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
    const url = `/api/stream/status${this.query ? `?${this.query}` : ''}`;
    const response = await fetch(url, { headers, signal: this.controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) return response.status;
    this.onState('connected');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return response.status;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        this.frame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  /** One SSE frame (WHATWG HTML §9.2): id, event, data (one or more lines) and retry fields; ':' lines are comments. */
  frame(text) {
    let id = null;
    let name = 'message';
    const data = [];
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
    }
    if (id !== null) this.lastEventId = id;
    if (name === 'status' && data.length) {
      try {
        this.onEvent(JSON.parse(data.join('\n')), id);
      } catch (e) {
        console.warn('unreadable status event', e);
      }
    }
  }
}
