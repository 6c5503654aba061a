import { Migration } from '@mikro-orm/migrations';

// Issue 15: whether a student is an alternant of the year, from one index probe per student.
// `contract.validated_until` is the last day a contract of a validated mission runs — its end,
// or its mission's rupture day when earlier (§10) — and null while the mission is not
// validated. The database keeps it (triggers), whoever writes the contract or the mission (the
// ORM, the roster import, the partners' bulk upsert): the visits overview's count of a cohort
// probed the contract and then its mission for each student (2,100 probes), one probe so.
// With it, an index of the visits held by student, year and number, for the late rule.
export class Migration20261206020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "contract" add column "validated_until" varchar(10) null;');
    this.addSql(
      `create function "contract_validated_until"() returns trigger language plpgsql as $$
begin
  new."validated_until" := (select case when m."state" = 'VALIDATED' then least(new."end_date", coalesce(m."broken_on", new."end_date")) end from "mission" m where m."id" = new."mission_id");
  return new;
end $$;`,
    );
    this.addSql('create trigger "contract_validated_until_insert" before insert on "contract" for each row execute function "contract_validated_until"();');
    // Only when the end or the mission changes: the bulk upsert sets every pushed column of a contract.
    this.addSql(
      'create trigger "contract_validated_until_update" before update of "end_date", "mission_id" on "contract" for each row when (old."end_date" is distinct from new."end_date" or old."mission_id" is distinct from new."mission_id") execute function "contract_validated_until"();',
    );
    this.addSql(
      `create function "mission_validated_until"() returns trigger language plpgsql as $$
begin
  update "contract" set "validated_until" = case when new."state" = 'VALIDATED' then least("end_date", coalesce(new."broken_on", "end_date")) end where "mission_id" = new."id";
  return null;
end $$;`,
    );
    this.addSql(
      'create trigger "mission_validated_until" after update of "state", "broken_on" on "mission" for each row when (old."state" is distinct from new."state" or old."broken_on" is distinct from new."broken_on") execute function "mission_validated_until"();',
    );
    this.addSql(
      `update "contract" c set "validated_until" = case when m."state" = 'VALIDATED' then least(c."end_date", coalesce(m."broken_on", c."end_date")) end from "mission" m where m."id" = c."mission_id";`,
    );
    this.addSql('create index "contract_validated_until_index" on "contract" ("student_id", "contract_type", "start_date", "validated_until") where "validated_until" is not null;');
    // The late rule's « was visit n held » from the index alone (2,000 probes of a cohort's visits, each read a row).
    this.addSql('create index "visit_student_year_number_state_index" on "visit" ("student_id", "academic_year", "visit_number", "state");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "visit_student_year_number_state_index";');
    this.addSql('drop index "contract_validated_until_index";');
    this.addSql('drop trigger "mission_validated_until" on "mission";');
    this.addSql('drop function "mission_validated_until"();');
    this.addSql('drop trigger "contract_validated_until_update" on "contract";');
    this.addSql('drop trigger "contract_validated_until_insert" on "contract";');
    this.addSql('drop function "contract_validated_until"();');
    this.addSql('alter table "contract" drop column "validated_until";');
  }
}
