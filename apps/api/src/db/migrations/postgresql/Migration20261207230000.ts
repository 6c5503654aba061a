import { Migration } from '@mikro-orm/migrations';

// §1.2 and §2.4: the student's own wish of track (2ID/ISIE) and of M1 site, with the day they stated it.
export class Migration20261207230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "student" add column "track_wish" varchar(40) null, add column "site_wish" varchar(40) null, add column "wished_on" varchar(10) null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "student" drop column "track_wish", drop column "site_wish", drop column "wished_on";');
  }
}
