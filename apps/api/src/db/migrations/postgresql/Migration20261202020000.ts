import { Migration } from '@mikro-orm/migrations';

// Issue 15: the contracts list's order (DDC, id) as one index, so that a page and the page after a cursor are read in order, not sorted.
export class Migration20261202020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("drop index \"contract_start_date_index\";");
    this.addSql("create index \"contract_start_date_id_index\" on \"contract\" (\"start_date\", \"id\");");
  }

  override async down(): Promise<void> {
    this.addSql("drop index \"contract_start_date_id_index\";");
    this.addSql("create index \"contract_start_date_index\" on \"contract\" (\"start_date\");");
  }
}
