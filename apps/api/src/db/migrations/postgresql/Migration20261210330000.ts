import { Migration } from '@mikro-orm/migrations';

// §2.1.1 note 5: one claim per reminder of an FC student's convention de formation (student, due date, step),
// unique so that two API instances never send the same one.
export class Migration20261210330000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "training_agreement_reminder" ("id" uuid not null, "student_id" varchar(36) not null, "due_date" varchar(10) not null, "kind" varchar(6) not null, "sent_at" timestamptz not null, constraint "training_agreement_reminder_pkey" primary key ("id"));');
    this.addSql('alter table "training_agreement_reminder" add constraint "training_agreement_reminder_student_id_due_date_kind_unique" unique ("student_id", "due_date", "kind");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "training_agreement_reminder" cascade;');
  }
}
