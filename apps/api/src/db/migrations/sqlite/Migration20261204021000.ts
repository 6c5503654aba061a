import { Migration } from '@mikro-orm/migrations';

// Issue 15: the visits overview counts a cohort's alternants (and the late ones) on every page:
// for each of its ~1,100 students, whether a contract of the year runs, under a validated
// mission not broken before the year. Both look-ups are answered by these indexes alone
// (index-only scans), without reading the contract's and the mission's rows. And the
// professional-absence requests list, by first day then id (of a state, or all): its page of
// fifty is read in the index's order, each joined to its student by primary key — sorted, the
// whole state was joined first (PostgreSQL then hashed all 22,000 students for 50 rows).
export class Migration20261204021000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index `contract_student_running_index` on `contract` (`student_id`, `contract_type`, `start_date`, `end_date`, `mission_id`);");
    this.addSql("create index `mission_id_state_broken_on_index` on `mission` (`id`, `state`, `broken_on`);");
    this.addSql("create index `professional_absence_request_state_first_day_id_index` on `professional_absence_request` (`state`, `first_day`, `id`);");
    this.addSql("create index `professional_absence_request_first_day_id_index` on `professional_absence_request` (`first_day`, `id`);");
  }

  override async down(): Promise<void> {
    this.addSql("drop index `professional_absence_request_first_day_id_index`;");
    this.addSql("drop index `professional_absence_request_state_first_day_id_index`;");
    this.addSql("drop index `mission_id_state_broken_on_index`;");
    this.addSql("drop index `contract_student_running_index`;");
  }
}
