import { Utils, type MikroORM } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/** The parts of MikroORM's SQL connection (AbstractSqlConnection) that run a statement. */
interface SqlConnection {
  execute(query: string | Knex.QueryBuilder | Knex.Raw, params?: readonly unknown[], method?: 'all' | 'get' | 'run', ctx?: unknown, loggerContext?: unknown): Promise<unknown>;
  ensureConnection(): Promise<void>;
  getKnex(): Knex;
  config: { get(key: 'onQuery'): (sql: string, params: readonly unknown[]) => string };
  getSql(query: string, formatted: string, loggerContext?: unknown): string;
  executeQuery<T>(sql: string, run: () => Promise<T>, context?: unknown): Promise<T>;
  transformRawResult<T>(result: unknown, method: 'all' | 'get' | 'run'): T;
}

/** JSON values go as text; everything else as the driver binds it (knex turns booleans and dates into SQLite's numbers). */
const binding = (value: unknown): unknown => {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value) && !ArrayBuffer.isView(value)) return JSON.stringify(value);
  return value;
};

/**
 * MikroORM 6 inlines every value into the SQL text it sends (escaped, `platform.formatQuery`)
 * and logs that text. Here the statement goes to the driver with `?` placeholders and the
 * values as bindings: no value is ever part of SQL text, nor of the query log (issue 10,
 * item 6). Same steps as AbstractSqlConnection.execute otherwise.
 */
export function bindParameters(orm: MikroORM): void {
  const driver = orm.em.getDriver() as unknown as { getConnection(type: 'read' | 'write'): SqlConnection };
  for (const connection of new Set([driver.getConnection('write'), driver.getConnection('read')])) {
    connection.execute = async function execute(this: SqlConnection, query, params = [], method = 'all', ctx, loggerContext) {
      await this.ensureConnection();
      let sql: string;
      let values: readonly unknown[] = params;
      if (Utils.isObject<Knex.QueryBuilder>(query)) {
        ctx ??= (query as unknown as { client: { transacting: boolean } }).client.transacting ? query : null;
        const compiled = query.toSQL();
        sql = compiled.sql;
        values = compiled.bindings ?? [];
      } else {
        sql = query as string;
      }
      sql = this.config.get('onQuery')(sql, values);
      // The log shows the statement with its placeholders, not the values.
      const logged = this.getSql(sql, sql, loggerContext);
      return this.executeQuery(
        logged,
        async () => {
          const raw = this.getKnex().raw(sql, values.map(binding) as Knex.RawBinding[]);
          if (ctx) raw.transacting(ctx as Knex.Transaction);
          return this.transformRawResult(await raw, method);
        },
        { query: sql, params: values, ...(loggerContext as object) },
      );
    };
  }
}
