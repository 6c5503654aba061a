import { Migration } from '@mikro-orm/migrations';

// §2.1.1 note 5: one claim per reminder of an FC student's convention de formation (student, due date, step),
// unique so that two API instances never send the same one.
export class Migration20261210330000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `training_agreement_reminder` (`id` text not null, `student_id` text not null, `due_date` text not null, `kind` text not null, `sent_at` datetime not null, primary key (`id`));');
    this.addSql('create unique index `training_agreement_reminder_student_id_due_date_kind_unique` on `training_agreement_reminder` (`student_id`, `due_date`, `kind`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `training_agreement_reminder`;');
  }
}
