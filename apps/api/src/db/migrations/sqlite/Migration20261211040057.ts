import { Migration } from '@mikro-orm/migrations';

// §3.2: the MIAGE diffuses its offers to the students still looking — each student's choice (each offer, a daily digest,
// nothing), one row per offer mailed to a student and per daily digest (unique: the claims that make two API instances
// never mail the same offer or digest twice), and the offer's publication instant.
export class Migration20261211040057 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table `offer_alert_setting` (`id` text not null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, `student_id` text not null, `frequency` text not null default 'DAILY', `offers_seen_at` datetime null, primary key (`id`));");
    this.addSql("create unique index `offer_alert_setting_student_id_unique` on `offer_alert_setting` (`student_id`);");
    this.addSql("create table `offer_delivery` (`id` text not null, `offer_id` text not null, `student_id` text not null, `mode` text not null, `sent_at` datetime not null, primary key (`id`));");
    this.addSql("create index `offer_delivery_student_id_index` on `offer_delivery` (`student_id`);");
    this.addSql("create unique index `offer_delivery_offer_id_student_id_unique` on `offer_delivery` (`offer_id`, `student_id`);");
    this.addSql("create table `offer_digest` (`id` text not null, `student_id` text not null, `day` text not null, `offers` integer not null, `sent_at` datetime not null, primary key (`id`));");
    this.addSql("create unique index `offer_digest_student_id_day_unique` on `offer_digest` (`student_id`, `day`);");
    this.addSql("alter table `offer` add column `published_at` datetime null;");
    this.addSql("create index `offer_published_at_index` on `offer` (`published_at`);");
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `offer_alert_setting`;');
    this.addSql('drop table if exists `offer_delivery`;');
    this.addSql('drop table if exists `offer_digest`;');
    this.addSql('drop index if exists `offer_published_at_index`;');
    this.addSql('alter table `offer` drop column `published_at`;');
  }
}
