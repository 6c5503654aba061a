import { Migration } from '@mikro-orm/migrations';

// Issue 14 §3: PostgreSQL leaves room on the contract's pages for in-place updates (fillfactor). SQLite has no
// such setting; the migration exists so that both dialects carry the same list.
export class Migration20261203020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('select 1;');
  }

  override async down(): Promise<void> {
    this.addSql('select 1;');
  }
}
