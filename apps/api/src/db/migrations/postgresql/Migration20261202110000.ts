import { Migration } from '@mikro-orm/migrations';

// Issue 15: the missions list's orders by DDC and by OPA read from indexes, for a page and for the page after a cursor.
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index \"mission_start_date_id_index\" on \"mission\" (\"start_date\", \"id\");");
    this.addSql("create index \"mission_organisation_id_index\" on \"mission\" (\"organisation_id\");");
  }

  override async down(): Promise<void> {
    this.addSql("drop index \"mission_organisation_id_index\";");
    this.addSql("drop index \"mission_start_date_id_index\";");
  }
}
