import { Migration } from '@mikro-orm/migrations';

// The contracts list's order (DDC, then id) as one index, replacing the DDC's own: a page is read in order from it (instances bench).
export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("drop index `contract_start_date_index`;");
    this.addSql("create index `contract_start_date_id_index` on `contract` (`start_date`, `id`);");
  }

  override async down(): Promise<void> {
    this.addSql("drop index `contract_start_date_id_index`;");
    this.addSql("create index `contract_start_date_index` on `contract` (`start_date`);");
  }
}
