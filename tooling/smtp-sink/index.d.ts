export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  text: string;
}

/** A real SMTP server in-process that keeps what it receives (no mock: nodemailer talks SMTP to it). */
export declare class SmtpSink {
  readonly mails: ReceivedMail[];
  /** While true, every message is refused with a temporary failure (to test retries). */
  failing: boolean;
  port: number;
  /** Listens on 127.0.0.1 on a free port; resolves to the `smtp://` URL to give the API. */
  start(): Promise<string>;
  stop(): Promise<void>;
  to(address: string): ReceivedMail[];
}
