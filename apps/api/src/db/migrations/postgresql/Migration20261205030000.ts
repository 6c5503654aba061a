import { Migration } from '@mikro-orm/migrations';

// §4.2.1 and note 27: an apprentice who already holds a higher-education diploma, or whose
// contract is an extra year for a disability, is paid 15 points more; the fiche records both.
export class Migration20261205030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "mission" add column "higher_education_diploma" boolean not null default false, add column "disability_extra_year" boolean not null default false;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "mission" drop column "higher_education_diploma", drop column "disability_extra_year";');
  }
}
