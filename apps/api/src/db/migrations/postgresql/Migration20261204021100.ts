import { Migration } from '@mikro-orm/migrations';

// §5 sets no deadline for sending a rupture's documents (only the exact last day, note 35, which
// the rupture keeps): the steps' invented due dates go, and their order is kept by a position —
// the blank form first, then what is sent, then the scans. §4.7: the livret's second company
// tutor fills the tutor's sheets too, so the livret names them.
export class Migration20261204021100 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "rupture_step" drop column "due_date";');
    this.addSql('alter table "rupture_step" add column "position" int not null default 0;');
    this.addSql(`update "rupture_step" set "position" = case "action" when 'PROVIDE_FORM' then 0 when 'SEND' then 1 else 2 end;`);
    this.addSql('alter table "livret" add column "company_tutor2_id" uuid null;');
    this.addSql('alter table "livret" add constraint "livret_company_tutor2_id_foreign" foreign key ("company_tutor2_id") references "company_tutor" ("id") on update cascade on delete set null;');
    this.addSql(
      `update "livret" l set "company_tutor2_id" = m."tutor2_id" from "mission" m
       where m."student_id" = l."student_id" and m."state" = 'VALIDATED' and m."tutor2_id" is not null
       and m."tutor1_id" is not distinct from l."company_tutor_id" and m."tutor2_id" is distinct from l."company_tutor_id";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "livret" drop constraint "livret_company_tutor2_id_foreign";');
    this.addSql('alter table "livret" drop column "company_tutor2_id";');
    this.addSql(`alter table "rupture_step" add column "due_date" varchar(10) not null default '';`);
    this.addSql(`update "rupture_step" s set "due_date" = coalesce(r."last_day", '') from "rupture" r where r."id" = s."rupture_id";`);
    this.addSql('alter table "rupture_step" alter column "due_date" drop default;');
    this.addSql('alter table "rupture_step" drop column "position";');
  }
}
