import { createTokenStore, partitionStorage } from '../connected/token-store.js';
import { registerFunctions } from '../functions/register-functions.js';
import { OfficeWorkbook } from '../workbook/office-workbook.js';
import { mountTaskpane } from './taskpane.js';
import './taskpane.css';

// Shared runtime: the functions are registered by this page, before Office is ready.
registerFunctions();

/** Served by the API at /addin/: the API is the page's origin and path prefix. */
function defaultApiUrl(): string {
  const { origin, pathname } = window.location;
  const at = pathname.lastIndexOf('/addin/');
  return at >= 0 ? `${origin}${pathname.slice(0, at)}` : '';
}

const app = document.getElementById('app') as HTMLElement;
if (typeof Office === 'undefined') {
  app.textContent = 'Office.js n’a pas pu être chargé : ouvrez ce volet depuis Excel (connexion à appsforoffice.microsoft.com requise).';
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      app.textContent = 'Ce complément fonctionne dans Excel.';
      return;
    }
    const storage = partitionStorage();
    mountTaskpane(app, {
      workbook: new OfficeWorkbook((batch) => Excel.run(batch)),
      tokens: createTokenStore(storage),
      storage,
      fetch: window.fetch.bind(window),
      defaultApiUrl: defaultApiUrl(),
    });
  });
}
