import { EntitySchema } from '@mikro-orm/core';

/**
 * A counter of requests per bucket (e.g. sign-ins from one IP) and fixed time window, kept
 * in the database so that a limit holds across API instances (issue 10, item 4).
 */
export class RateLimitWindow {
  bucket!: string;
  /** Window number: the epoch time divided by the window's length. */
  windowNumber!: number;
  hits = 0;
}

/**
 * Consecutive failed sign-ins for an email address (known account or not: both are
 * throttled alike, so that the answer does not tell which accounts exist), keyed by the
 * SHA-256 of the normalised address (issue 10, item 5).
 */
export class LoginThrottle {
  emailHash!: string;
  failures = 0;
  lastFailureAt: Date | null = null;
  /** No attempt is verified before then, except the right password from a known device. */
  throttledUntil: Date | null = null;
}

export const RateLimitWindowSchema = new EntitySchema<RateLimitWindow>({
  class: RateLimitWindow,
  properties: {
    bucket: { type: 'string', length: 200, primary: true },
    windowNumber: { type: 'integer', primary: true },
    hits: { type: 'integer', default: 0 },
  },
});

export const LoginThrottleSchema = new EntitySchema<LoginThrottle>({
  class: LoginThrottle,
  properties: {
    emailHash: { type: 'string', length: 64, primary: true },
    failures: { type: 'integer', default: 0 },
    lastFailureAt: { type: 'Date', nullable: true },
    throttledUntil: { type: 'Date', nullable: true },
  },
});
