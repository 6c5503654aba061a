import { Migration } from '@mikro-orm/migrations';

// §4.6 note 34: the visit's appointment is set with the company tutor — who may answer that none of
// the slots offered suits them, with their availability; the planner then offers others. A proposal
// left unanswered past its last slot is told once to the visitor (unanswered_notified_at, the sweep's claim).
export class Migration20261211020045 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `visit` add column `slots_declined_at` datetime null;");
    this.addSql("alter table `visit` add column `slots_declined_note` text null;");
    this.addSql("alter table `visit` add column `unanswered_notified_at` datetime null;");
  }

  override async down(): Promise<void> {
    this.addSql("alter table `visit` drop column `unanswered_notified_at`;");
    this.addSql("alter table `visit` drop column `slots_declined_note`;");
    this.addSql("alter table `visit` drop column `slots_declined_at`;");
  }
}
