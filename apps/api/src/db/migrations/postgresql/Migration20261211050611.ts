import { Migration } from '@mikro-orm/migrations';

// §3.2: the offer mails carry List-Unsubscribe and List-Unsubscribe-Post (RFC 8058): a mail's own headers, kept with it
// in the outbox until delivery (they carry no secret: the offer-alert link is already in the mail's text).
export class Migration20261211050611 extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"outbox_mail\" add column \"headers\" jsonb null;");
  }

  override async down(): Promise<void> {
    this.addSql("alter table \"outbox_mail\" drop column \"headers\";");
  }
}
