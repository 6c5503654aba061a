import { Migration } from '@mikro-orm/migrations';

// §5 sets no deadline for sending a rupture's documents (only the exact last day, note 35, which
// the rupture keeps): the steps' invented due dates go, and their order is kept by a position —
// the blank form first, then what is sent, then the scans. §4.7: the livret's second company
// tutor fills the tutor's sheets too, so the livret names them.
export class Migration20261204021100 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `rupture_step` drop column `due_date`;');
    this.addSql('alter table `rupture_step` add column `position` integer not null default 0;');
    this.addSql("update `rupture_step` set `position` = case `action` when 'PROVIDE_FORM' then 0 when 'SEND' then 1 else 2 end;");
    this.addSql('alter table `livret` add column `company_tutor2_id` text null constraint `livret_company_tutor2_id_foreign` references `company_tutor` (`id`) on update cascade on delete set null;');
    this.addSql('create index `livret_company_tutor2_id_index` on `livret` (`company_tutor2_id`);');
    this.addSql(
      `update \`livret\` set \`company_tutor2_id\` = (select \`m\`.\`tutor2_id\` from \`mission\` \`m\`
       where \`m\`.\`student_id\` = \`livret\`.\`student_id\` and \`m\`.\`state\` = 'VALIDATED' and \`m\`.\`tutor2_id\` is not null
       and \`m\`.\`tutor1_id\` is \`livret\`.\`company_tutor_id\` and \`m\`.\`tutor2_id\` is not \`livret\`.\`company_tutor_id\`
       order by \`m\`.\`updated_at\` desc limit 1);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index `livret_company_tutor2_id_index`;');
    this.addSql('alter table `livret` drop column `company_tutor2_id`;');
    this.addSql("alter table `rupture_step` add column `due_date` text not null default '';");
    this.addSql("update `rupture_step` set `due_date` = coalesce((select `r`.`last_day` from `rupture` `r` where `r`.`id` = `rupture_step`.`rupture_id`), '');");
    this.addSql('alter table `rupture_step` drop column `position`;');
  }
}
