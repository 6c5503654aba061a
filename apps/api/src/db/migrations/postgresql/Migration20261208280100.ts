import { Migration } from '@mikro-orm/migrations';

// §4.3.2: who of the direction recorded a tutor's mailed request (step 1 « par mél à la Direction de la MIAGE »),
// and the teachers it consulted about the teachings concerned (step 2), who get the decision (step 3).
export class Migration20261208280100 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "professional_absence_request" add column "recorded_by" varchar(200) null, add column "teacher_emails" text null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "professional_absence_request" drop column "recorded_by", drop column "teacher_emails";');
  }
}
