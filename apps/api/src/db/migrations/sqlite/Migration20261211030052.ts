import { Migration } from '@mikro-orm/migrations';

// §4.6 note 34 with §3.1's second company tutor: both tutors get the visit's slots and either answers.
// Every tutor's refusal is kept (slot_declines), and who picked the slot (slot_chosen_by_name).
export class Migration20261211030052 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `visit` add column `slot_declines` json null;");
    this.addSql("alter table `visit` add column `slot_chosen_by_name` text null;");
  }

  override async down(): Promise<void> {
    this.addSql("alter table `visit` drop column `slot_chosen_by_name`;");
    this.addSql("alter table `visit` drop column `slot_declines`;");
  }
}
