export interface ApiProcess {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  databasePath: string;
  pid: number;
  /** Resolves when the process has ended: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the process printed so far (stdout and stderr). */
  output(): string;
  /** Sends a signal (e.g. SIGKILL for a crash, SIGTERM for a graceful stop) without waiting. */
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after 5 s; removes the database folder. */
  stop(): Promise<void>;
}

export interface StartApiOptions {
  /** The built API's entry point (`apps/api/dist/main.js`). */
  main: string;
  /** `FIXED_TODAY` of the process; 2025-07-01 (a day of the demo campaign) by default. */
  today?: string;
  /** Where the API sends mail; none (outbox only) by default. */
  smtpUrl?: string;
  /**
   * An existing SQLite file to start on (another process on the database of a stopped one,
   * e.g. with a later "today"): the caller owns it, `stop()` leaves it. A fresh file by default.
   */
  databasePath?: string;
  /** More environment, applied last. */
  env?: Record<string, string>;
  /** How long to wait for `/healthz` and the start-up line; 60 s by default. */
  timeoutMs?: number;
}

/** A free TCP port on 127.0.0.1. */
export declare function freePort(): Promise<number>;

/**
 * Starts the API the way the README does (`node apps/api/dist/main.js`) on a fresh SQLite
 * file seeded with the demo programme, and resolves once it answers `/healthz`; rejects
 * with the process's output when it stops or does not answer in time.
 */
export declare function startApi(options: StartApiOptions): Promise<ApiProcess>;

/** Signs in with a password and returns the session cookie (`name=value`) to send back. */
export declare function signIn(url: string, email: string, password?: string): Promise<string>;

/** The demo accounts' password (README, "Demo accounts"). */
export declare const DEMO_PASSWORD: string;
