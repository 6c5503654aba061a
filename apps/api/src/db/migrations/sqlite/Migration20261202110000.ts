import { Migration } from '@mikro-orm/migrations';

// Issue 15: the missions list's order by DDC read from an index, for a page and for the page after a cursor
// (SQLite has indexed the mission's OPA since its table was created; PostgreSQL's migration adds that one too).
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index `mission_start_date_id_index` on `mission` (`start_date`, `id`);");
  }

  override async down(): Promise<void> {
    this.addSql("drop index `mission_start_date_id_index`;");
  }
}
