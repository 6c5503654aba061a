import { Migration } from '@mikro-orm/migrations';

// §4.3: one justification document (a work stoppage, §4.3.1, or what the student gives the manager,
// §4.3.3) covers every absence of its range — each absence points to the document justifying it,
// shared with the others it covers; a stoppage already stored is its own absence's.
export class Migration20261211030051 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `absence` add column `document_id` text null constraint `absence_document_id_foreign` references `absence_document` (`id`) on update cascade on delete set null;");
    this.addSql("create index `absence_document_id_index` on `absence` (`document_id`);");
    this.addSql("update `absence` set `document_id` = (select `d`.`id` from `absence_document` `d` where `d`.`absence_id` = `absence`.`id`);");
  }

  override async down(): Promise<void> {
    this.addSql("drop index `absence_document_id_index`;");
    this.addSql("alter table `absence` drop column `document_id`;");
  }
}
