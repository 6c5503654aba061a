import { Migration } from '@mikro-orm/migrations';

// §3.2: the MIAGE diffuses its offers to the students still looking — each student's choice (each offer, a daily digest,
// nothing), one row per offer mailed to a student and per daily digest (unique: the claims that make two API instances
// never mail the same offer or digest twice), and the offer's publication instant.
export class Migration20261211040057 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"offer_alert_setting\" (\"id\" uuid not null, \"version\" int not null default 1, \"created_at\" timestamptz not null, \"updated_at\" timestamptz not null, \"student_id\" varchar(36) not null, \"frequency\" varchar(10) not null default 'DAILY', \"offers_seen_at\" timestamptz null, constraint \"offer_alert_setting_pkey\" primary key (\"id\"));");
    this.addSql("alter table \"offer_alert_setting\" add constraint \"offer_alert_setting_student_id_unique\" unique (\"student_id\");");
    this.addSql("create table \"offer_delivery\" (\"id\" uuid not null, \"offer_id\" varchar(36) not null, \"student_id\" varchar(36) not null, \"mode\" varchar(10) not null, \"sent_at\" timestamptz not null, constraint \"offer_delivery_pkey\" primary key (\"id\"));");
    this.addSql("create index \"offer_delivery_student_id_index\" on \"offer_delivery\" (\"student_id\");");
    this.addSql("alter table \"offer_delivery\" add constraint \"offer_delivery_offer_id_student_id_unique\" unique (\"offer_id\", \"student_id\");");
    this.addSql("create table \"offer_digest\" (\"id\" uuid not null, \"student_id\" varchar(36) not null, \"day\" varchar(10) not null, \"offers\" int not null, \"sent_at\" timestamptz not null, constraint \"offer_digest_pkey\" primary key (\"id\"));");
    this.addSql("alter table \"offer_digest\" add constraint \"offer_digest_student_id_day_unique\" unique (\"student_id\", \"day\");");
    this.addSql("alter table \"offer\" add column \"published_at\" timestamptz null;");
    this.addSql("create index \"offer_published_at_index\" on \"offer\" (\"published_at\");");
  }

  override async down(): Promise<void> {
    this.addSql("drop table if exists \"offer_alert_setting\" cascade;");
    this.addSql("drop table if exists \"offer_delivery\" cascade;");
    this.addSql("drop table if exists \"offer_digest\" cascade;");
    this.addSql("drop index \"offer_published_at_index\";");
    this.addSql("alter table \"offer\" drop column \"published_at\";");
  }
}
