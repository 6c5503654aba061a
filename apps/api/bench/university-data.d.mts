/** A query function: a pg client's or pool's `query`. */
export type Query = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export declare const UNIVERSITY: { programmes: number; alternants: number };

/**
 * Fills an empty, migrated PostgreSQL database (reference data seeded) with a university:
 * 20 programmes, `alternants` students with validated missions and contracts (20,000 by
 * default), applicants, audit events, mails, absences, visits; set-based SQL, then ANALYZE.
 * Returns the row count of each table written.
 */
export declare function generateUniversity(query: Query, options: { alternants?: number; passwordHash: string }): Promise<Record<string, number>>;
