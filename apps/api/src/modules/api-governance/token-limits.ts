import { BusinessError, type UserError } from '../../shared/errors.js';

/**
 * What an API token may spend (issue 14): requests a minute (counted in the database, shared
 * by every instance), and the estimated cost and depth of each query (query-cost.ts).
 * A token's own value wins; null takes the server's default.
 */
export interface TokenLimits {
  ratePerMinute: number;
  maxCost: number;
  maxDepth: number;
}

/**
 * Defaults: a page of 100 contracts with their identifiers costs about 2,200, a feed page of 500
 * events 2,500, an upsert of 1,000 contracts with its per-item errors about 33,000 — all within
 * 50,000; depth 10 is more than any of the partner operations needs (6 at most) and below the
 * server-wide cap of 12 (graphql-armor, for every client).
 */
export const DEFAULT_MAX_COST = 50_000;
export const DEFAULT_MAX_DEPTH = 10;

/** What the manager may set (inclusive), per field. */
export const LIMIT_BOUNDS = {
  rateLimitPerMinute: { min: 1, max: 100_000 },
  maxCost: { min: 10, max: 1_000_000 },
  maxDepth: { min: 1, max: 12 },
} as const;

export interface TokenLimitSettings {
  rateLimitPerMinute: number | null;
  maxCost: number | null;
  maxDepth: number | null;
}

export function effectiveLimits(token: TokenLimitSettings, defaultRatePerMinute: number): TokenLimits {
  return {
    ratePerMinute: token.rateLimitPerMinute ?? defaultRatePerMinute,
    maxCost: token.maxCost ?? DEFAULT_MAX_COST,
    maxDepth: token.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
}

const LABELS: Record<keyof typeof LIMIT_BOUNDS, string> = {
  rateLimitPerMinute: 'Requêtes par minute',
  maxCost: 'Coût maximal d’une requête',
  maxDepth: 'Profondeur maximale d’une requête',
};

/** The errors of limit settings (null: the default), each naming its field; none when valid. */
export function limitErrors(settings: Partial<Record<keyof typeof LIMIT_BOUNDS, unknown>>, prefix = ''): UserError[] {
  const errors: UserError[] = [];
  for (const field of Object.keys(LIMIT_BOUNDS) as (keyof typeof LIMIT_BOUNDS)[]) {
    const value = settings[field];
    if (value === undefined || value === null) continue;
    const { min, max } = LIMIT_BOUNDS[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors.push({ code: 'BAD_USER_INPUT', field: `${prefix}${field}`, message: `${LABELS[field]} : un nombre entier de ${min} à ${max.toLocaleString('fr-FR')} (vide : la valeur par défaut).` });
    }
  }
  return errors;
}

export function assertLimits(settings: Partial<Record<keyof typeof LIMIT_BOUNDS, unknown>>, prefix = ''): void {
  const errors = limitErrors(settings, prefix);
  if (errors.length) throw new BusinessError(errors);
}
