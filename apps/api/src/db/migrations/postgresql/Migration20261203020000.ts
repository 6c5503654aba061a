import { Migration } from '@mikro-orm/migrations';

// Issue 14 §3: a partner's push rewrites a contract in place (pay, signature, OPCO deposit, version). With
// room left on each page, PostgreSQL makes such an update a heap-only tuple: none of the five indexes of
// `contract` gets a new entry (none of those columns is indexed but the dates). Pages written from now on
// keep that room; existing ones gain it as vacuum frees them.
export class Migration20261203020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "contract" set (fillfactor = 70);');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "contract" reset (fillfactor);');
  }
}
