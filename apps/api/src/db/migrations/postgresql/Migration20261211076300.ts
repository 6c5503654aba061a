import { Migration } from '@mikro-orm/migrations';

// §4.6 note 34 (helper h63): the visit keeps when its current slots were last sent again (« Relancer »,
// remindVisitSlots) — shown « relancé le … » on the visits overview's row, read in the page's one statement.
// Filled from the audit log (REMIND_SLOTS) for the visits still proposed whose slots were not replaced since.
export class Migration20261211076300 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"visit\" add column \"slots_reminded_at\" timestamptz null;");
    this.addSql(
      "update \"visit\" set \"slots_reminded_at\" = (select max(\"a\".\"at\") from \"audit_event\" \"a\" where \"a\".\"entity_type\" = 'Visit' and \"a\".\"entity_id\" = \"visit\".\"id\"::text and \"a\".\"action\" = 'REMIND_SLOTS' " +
        "and not exists (select 1 from \"audit_event\" \"o\" where \"o\".\"entity_type\" = 'Visit' and \"o\".\"entity_id\" = \"visit\".\"id\"::text and \"o\".\"action\" = 'PROPOSE_OTHER_SLOTS' and \"o\".\"at\" > \"a\".\"at\")) " +
        "where \"state\" = 'PROPOSED';",
    );
    // The overview's late and report-due terms read the visit's day too: from the index alone (issue 15).
    this.addSql("drop index \"visit_student_year_number_state_index\";");
    this.addSql("create index \"visit_student_year_number_state_date_index\" on \"visit\" (\"student_id\", \"academic_year\", \"visit_number\", \"state\", \"date\");");
  }

  override async down(): Promise<void> {
    this.addSql("drop index \"visit_student_year_number_state_date_index\";");
    this.addSql("create index \"visit_student_year_number_state_index\" on \"visit\" (\"student_id\", \"academic_year\", \"visit_number\", \"state\");");
    this.addSql("alter table \"visit\" drop column \"slots_reminded_at\";");
  }
}
