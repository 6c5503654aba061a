import { Migration } from '@mikro-orm/migrations';

// §3.4: a mission validated on or after its DDC has its démarches « à faire sans délai » from the
// validation (domain validatedAfterStart). Items written before were due the day before the DDC,
// before the validation itself: they now count from the validation day, said « sans délai ».
export class Migration20261211030053 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"checklist_item\" add column \"sans_delai\" boolean not null default false;");
    this.addSql(
      "update \"checklist_item\" \"ci\" set \"sans_delai\" = true, \"due_date\" = \"m\".\"validation_date\" from \"contract\" \"c\" join \"mission\" \"m\" on \"m\".\"id\" = \"c\".\"mission_id\"" +
        " where \"c\".\"id\" = \"ci\".\"contract_id\" and \"m\".\"validation_date\" >= \"c\".\"start_date\" and \"ci\".\"due_date\" < \"m\".\"validation_date\";",
    );
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"checklist_item\" drop column \"sans_delai\";");
  }
}
