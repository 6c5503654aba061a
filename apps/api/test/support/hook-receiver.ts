import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hook {
  /** The `webhook-id` header: the delivery's id, the same on every attempt. */
  id: string;
  /** The path the hook was sent to (`/cfa` of `${receiver.url}/cfa`): one receiver serves several endpoints. */
  path: string;
  // Webhook headers are single-valued.
  headers: Record<string, string | undefined>;
  body: string;
  /** The status answered: 204, 500 (a failure asked for), null while held. */
  status: number | null;
  answeredAt: number | null;
}

/**
 * A partner's webhook receiver (a real local HTTP server), shared by the webhook tests. It
 * answers 204; 500 to the next `failures` requests (a receiver that is down); nothing while
 * `holding` — the request stays open, as a slow receiver's would, so a delivery is in flight.
 */
export class HookReceiver {
  /** Every request received, answered or not, failed or not. */
  readonly requests: Hook[] = [];
  holding = false;
  /** Answer 500 to the next `failures` requests. */
  failures = 0;
  private readonly held: ServerResponse[] = [];
  private server: Server | null = null;
  /** `http://127.0.0.1:<port>`: register `${url}/<any path>`. */
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const hook: Hook = { id: String(req.headers['webhook-id']), path: req.url ?? '', headers: req.headers as Record<string, string | undefined>, body, status: null, answeredAt: null };
        this.requests.push(hook);
        if (this.holding) {
          this.held.push(res);
          return;
        }
        hook.status = this.failures > 0 ? 500 : 204;
        if (this.failures > 0) this.failures -= 1;
        hook.answeredAt = Date.now();
        res.writeHead(hook.status).end(hook.status === 500 ? 'down' : undefined);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The deliveries acknowledged (answered 2xx): what the partner has taken in. */
  get answered(): Hook[] {
    return this.requests.filter((r) => r.status !== null && r.status < 300);
  }

  /** The deliveries acknowledged at a path. */
  on(path: string): Hook[] {
    return this.answered.filter((r) => r.path === path);
  }

  /** The events (parsed bodies) acknowledged at a path. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  events(path: string): { type: string; data: any }[] {
    return this.on(path).map((r) => JSON.parse(r.body));
  }

  stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
