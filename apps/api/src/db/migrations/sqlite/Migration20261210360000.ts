import { Migration } from '@mikro-orm/migrations';

// Issue 15: the FC conventions de formation due (§2.1.1 note 5) — counted on the dashboard and filtered
// on the students list — read from partial indexes of the open ones, not by scanning students and items.
export class Migration20261210360000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index `student_fc_agreement_open_index` on `student` (`cohort`, `id`) where `status` = 'FC' and `training_agreement_signed_on` is null;");
    this.addSql("create index `checklist_item_training_agreement_index` on `checklist_item` (`due_date`, `contract_id`) where `code` = 'TRAINING_AGREEMENT_SFCA';");
  }

  override async down(): Promise<void> {
    this.addSql("drop index `checklist_item_training_agreement_index`;");
    this.addSql("drop index `student_fc_agreement_open_index`;");
  }
}
