import { Migration } from '@mikro-orm/migrations';

// §5: a contract that replaces one broken keeps, on its mission, the last day of the broken one — the
// contract's rules read it (ContractInput.afterRuptureLastDay: no campaign, no Tableau 5 DDC window).
export class Migration20261211010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"mission\" add column \"after_rupture_last_day\" varchar(10) null;");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"mission\" drop column \"after_rupture_last_day\";");
  }
}
