import { Migration } from '@mikro-orm/migrations';
import { fillNameSortKeys } from '../name-sort-keys.js';

// Issue 15: the students' name order stored (nameSortKey; SQLite compares text byte by byte,
// the order the key is made for), indexed alone and within a cohort: the visits overview
// places and pages by it in SQL.
export class Migration20261203010000 extends Migration {
  override async up(): Promise<void> {
    await this.execute("alter table `student` add column `sort_name` text not null default '';");
    await fillNameSortKeys((sql, params) => this.execute(sql, params), '`');
    this.addSql("alter table `roster_import_staged_row` add column `sort_name` text not null default '';");
    this.addSql("create index `student_cohort_sort_name_id_index` on `student` (`cohort`, `sort_name`, `id`);");
    this.addSql("create index `student_sort_name_id_index` on `student` (`sort_name`, `id`);");
  }

  override async down(): Promise<void> {
    this.addSql("drop index `student_sort_name_id_index`;");
    this.addSql("drop index `student_cohort_sort_name_id_index`;");
    this.addSql("alter table `roster_import_staged_row` drop column `sort_name`;");
    this.addSql("alter table `student` drop column `sort_name`;");
  }
}
