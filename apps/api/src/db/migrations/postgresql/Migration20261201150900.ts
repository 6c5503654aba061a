import { Migration } from '@mikro-orm/migrations';

// Issue 14: the partner (cfa, sfca…) that pushed an absence, null when the office recorded it.
export class Migration20261201150900 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"absence\" add column \"source\" varchar(20) null;");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"absence\" drop column \"source\";");
  }
}
