import { Migration } from '@mikro-orm/migrations';

// §4.3.4: every unjustified absence is declared to its host once, even when it settles after its
// month's statement went out (a complement then follows, the next sequence of the month).
// Absences already listed in a statement are marked declared at that statement's sending, so
// that nothing is mailed twice on upgrade: unjustified, and not changed since a statement of
// their organisation and month went out (so they were unjustified, and listed, when it did).
export class Migration20261204010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `absence` add column `declared_at` datetime null;');
    this.addSql('alter table `absence_statement` add column `sequence` integer not null default 1;');
    this.addSql('drop index `absence_statement_org_month_unique`;');
    this.addSql('create unique index `absence_statement_org_month_sequence_unique` on `absence_statement` (`organisation_id`, `month`, `sequence`);');
    this.addSql(
      `update \`absence\` set \`declared_at\` = s.\`sent_at\` from \`absence_statement\` s
       where \`absence\`.\`state\` = 'UNJUSTIFIED' and s.\`organisation_id\` = \`absence\`.\`organisation_id\` and s.\`month\` = substr(\`absence\`.\`date\`, 1, 7) and s.\`sent_at\` >= \`absence\`.\`updated_at\`;`,
    );
    this.addSql("create index `absence_undeclared_index` on `absence` (`organisation_id`, `date`) where `state` = 'UNJUSTIFIED' and `declared_at` is null;");
  }

  override async down(): Promise<void> {
    this.addSql('drop index `absence_undeclared_index`;');
    this.addSql('delete from `absence_statement` where `sequence` > 1;');
    this.addSql('drop index `absence_statement_org_month_sequence_unique`;');
    this.addSql('create unique index `absence_statement_org_month_unique` on `absence_statement` (`organisation_id`, `month`);');
    this.addSql('alter table `absence_statement` drop column `sequence`;');
    this.addSql('alter table `absence` drop column `declared_at`;');
  }
}
