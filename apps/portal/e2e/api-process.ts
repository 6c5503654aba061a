import { fileURLToPath } from 'node:url';
import { startApi as startApiProcess, type ApiProcess } from '@alternance/api-process';

export { freePort, type ApiProcess } from '@alternance/api-process';

const apiMain = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));

/**
 * Starts the API the way the README does (`node apps/api/dist/main.js`) on a fresh SQLite
 * file with the demo programme, a fixed "today" and the test's SMTP sink.
 */
export function startApi(options: { smtpUrl: string; today?: string; databasePath?: string }): Promise<ApiProcess> {
  return startApiProcess({
    main: apiMain,
    smtpUrl: options.smtpUrl,
    ...(options.today ? { today: options.today } : {}),
    ...(options.databasePath ? { databasePath: options.databasePath } : {}),
    // As in production: the browser may run only the documents this build shipped.
    env: { TRUSTED_DOCUMENTS: 'enforce' },
  });
}
