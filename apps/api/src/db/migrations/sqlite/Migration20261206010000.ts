import { Migration } from '@mikro-orm/migrations';

// Issue 14 §3: partners' identifiers keyed by the record and the source, their natural key,
// instead of a random uuid nothing referred to. SQLite cannot change a table's primary key:
// the table is rebuilt with its rows (nothing refers to it).
export class Migration20261206010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table `external_id__keyed` (`version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, `entity_type` text not null, `entity_id` text not null, `source` text not null, `external_id` text not null, primary key (`entity_type`, `entity_id`, `source`));");
    this.addSql("insert into `external_id__keyed` (`version`, `created_at`, `updated_at`, `entity_type`, `entity_id`, `source`, `external_id`) select `version`, `created_at`, `updated_at`, `entity_type`, `entity_id`, `source`, `external_id` from `external_id`;");
    this.addSql("drop table `external_id`;");
    this.addSql("alter table `external_id__keyed` rename to `external_id`;");
    this.addSql("create unique index `external_id_source_entity_type_external_id_unique` on `external_id` (`source`, `entity_type`, `external_id`);");
  }

  override async down(): Promise<void> {

  }
}
