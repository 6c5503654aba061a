import { Migration } from '@mikro-orm/migrations';

// Issue 13 (h1): an extension avenant names the repeated year's cohort (its calendar bills the year).
export class Migration20261201104101 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `contract_amendment` add column `cohort` text null;");
  }

  override async down(): Promise<void> {
    this.addSql("alter table `contract_amendment` drop column `cohort`;");
  }
}
