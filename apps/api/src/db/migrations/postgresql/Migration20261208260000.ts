import { Migration } from '@mikro-orm/migrations';

// §2.1.1 note 5, §2.1.2 note 7: an FC student's training is always governed by a convention de formation (SFCA): the day it was signed.
export class Migration20261208260000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "student" add column "training_agreement_signed_on" varchar(10) null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "student" drop column "training_agreement_signed_on";');
  }
}
