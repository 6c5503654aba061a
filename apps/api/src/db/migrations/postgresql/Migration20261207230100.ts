import { Migration } from '@mikro-orm/migrations';

// §2.1.2 « sauf dérogations exceptionnelles »: the manager's derogation on a fiche (reason, who, which day).
export class Migration20261207230100 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "mission" add column "derogation_reason" text null, add column "derogation_by" varchar(200) null, add column "derogation_on" varchar(10) null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "mission" drop column "derogation_reason", drop column "derogation_by", drop column "derogation_on";');
  }
}
