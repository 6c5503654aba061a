import { Migration } from '@mikro-orm/migrations';

// Issue 15: whether a student is an alternant of the year, from one index probe per student.
// `contract.validated_until` is the last day a contract of a validated mission runs — its end,
// or its mission's rupture day when earlier (§10) — and null while the mission is not
// validated. The database keeps it (triggers), whoever writes the contract or the mission (the
// ORM, the roster import, the partners' bulk upsert): the visits overview's count of a cohort
// probed the contract and then its mission for each student (2,100 probes), one probe so.
// With it, an index of the visits held by student, year and number, for the late rule.
// A table rebuilt by a later migration loses its triggers: test/validated-until.test.ts fails then.
const CONTRACT_OF_NEW = `update \`contract\` set \`validated_until\` = (select case when m.\`state\` = 'VALIDATED' then min(new.\`end_date\`, coalesce(m.\`broken_on\`, new.\`end_date\`)) end from \`mission\` m where m.\`id\` = new.\`mission_id\`) where \`id\` = new.\`id\`;`;

export class Migration20261206020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `contract` add column `validated_until` text null;');
    this.addSql(`create trigger \`contract_validated_until_insert\` after insert on \`contract\` for each row begin ${CONTRACT_OF_NEW} end;`);
    this.addSql(
      `create trigger \`contract_validated_until_update\` after update of \`end_date\`, \`mission_id\` on \`contract\` for each row when old.\`end_date\` is not new.\`end_date\` or old.\`mission_id\` is not new.\`mission_id\` begin ${CONTRACT_OF_NEW} end;`,
    );
    this.addSql(
      "create trigger `mission_validated_until` after update of `state`, `broken_on` on `mission` for each row when old.`state` is not new.`state` or old.`broken_on` is not new.`broken_on` begin update `contract` set `validated_until` = case when new.`state` = 'VALIDATED' then min(`end_date`, coalesce(new.`broken_on`, `end_date`)) end where `mission_id` = new.`id`; end;",
    );
    this.addSql(
      "update `contract` set `validated_until` = (select case when m.`state` = 'VALIDATED' then min(`contract`.`end_date`, coalesce(m.`broken_on`, `contract`.`end_date`)) end from `mission` m where m.`id` = `contract`.`mission_id`);",
    );
    this.addSql('create index `contract_validated_until_index` on `contract` (`student_id`, `contract_type`, `start_date`, `validated_until`) where `validated_until` is not null;');
    // The late rule's « was visit n held » from the index alone (2,000 probes of a cohort's visits, each read a row).
    this.addSql('create index `visit_student_year_number_state_index` on `visit` (`student_id`, `academic_year`, `visit_number`, `state`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop index `visit_student_year_number_state_index`;');
    this.addSql('drop index `contract_validated_until_index`;');
    this.addSql('drop trigger `mission_validated_until`;');
    this.addSql('drop trigger `contract_validated_until_update`;');
    this.addSql('drop trigger `contract_validated_until_insert`;');
    this.addSql('alter table `contract` drop column `validated_until`;');
  }
}
