import { missionStateLabels } from '@alternance/domain';
import { goToRow } from '../check/go-to-row.js';
import { removeMarks } from '../check/remove-marks.js';
import { verifyTable, type VerifyOutcome } from '../check/verify-table.js';
import { failureMessage } from '../check/failure-message.js';
import { createApiClient } from '../connected/api-client.js';
import { pullRoster } from '../connected/pull-roster.js';
import { sendChanges } from '../connected/send-changes.js';
import type { KeyValueStorage, TokenStore } from '../connected/token-store.js';
import { loadReferenceData } from '../reference/load-reference-data.js';
import { referenceDataLabel, useReferenceData } from '../reference/reference-data-in-use.js';
import type { WorkbookPort } from '../workbook/workbook-port.js';
import { count, h } from './dom.js';
import { findingsView } from './findings-view.js';

export interface TaskpaneDeps {
  workbook: WorkbookPort;
  tokens: TokenStore;
  /** Where the programme's reference data is kept for offline use (the tokens' storage). */
  storage: KeyValueStorage;
  fetch: typeof globalThis.fetch;
  /** The API this page came from, when the API serves the add-in at /addin/. */
  defaultApiUrl: string;
  now?: () => number;
}

/** Mounts the pane ("Vérifier le tableau" and connected mode). Every action reports in the pane; none throws. */
export function mountTaskpane(root: HTMLElement, deps: TaskpaneDeps): void {
  const now = deps.now ?? (() => performance.now());
  let last: Extract<VerifyOutcome, { ok: true }> | null = null;

  const status = h('p', { id: 'status', role: 'status' });
  const referenceLine = h('p', { id: 'reference-data', class: 'muted' }, 'Données de référence : chargement…');
  const result = h('div', { id: 'result-area' });
  const say = (text: string, kind: 'info' | 'error' = 'info'): void => {
    status.textContent = text;
    status.className = kind;
  };
  /** Runs one action at a time, buttons disabled meanwhile; a failure is shown, never thrown. */
  const busy = async (label: string, action: () => Promise<void>): Promise<void> => {
    const buttons = [...root.querySelectorAll('button')];
    buttons.forEach((button) => (button.disabled = true));
    say(label);
    try {
      await action();
    } catch (error) {
      say(failureMessage('Erreur inattendue', error), 'error');
    } finally {
      buttons.forEach((button) => (button.disabled = false));
    }
  };

  const goTo = (row: number): void => {
    if (!last) return;
    const { sheet, columns } = last;
    void goToRow(deps.workbook, sheet, row, columns).then((message) => message && say(message, 'error'));
  };

  const verify = h('button', { id: 'verify', class: 'primary', onclick: () => busy('Vérification en cours…', async () => {
    const started = now();
    const outcome = await verifyTable(deps.workbook);
    result.replaceChildren();
    if (!outcome.ok) {
      last = null;
      say(outcome.message, 'error');
      return;
    }
    last = outcome;
    say('Vérification terminée.');
    result.append(findingsView(outcome, goTo, now() - started));
  }) }, 'Vérifier le tableau');

  const unmark = h('button', { id: 'unmark', onclick: () => busy('Retrait des marques…', async () => {
    const outcome = await removeMarks(deps.workbook, last?.sheet);
    if (outcome.ok) say(outcome.removed === 0 ? 'Aucune marque à retirer.' : 'Marques retirées.');
    else say(outcome.message, 'error');
  }) }, 'Retirer les marques');

  root.replaceChildren(
    h('h1', {}, 'Vérifier le tableau'),
    h('p', { class: 'muted' }, 'Sélectionnez une cellule du tableau des alternants, puis vérifiez : les colonnes de résultat sont ajoutées à droite et les cellules en erreur sont marquées. Les règles s’appliquent sur ce poste, sans serveur.'),
    referenceLine,
    h('div', { class: 'actions' }, verify, unmark),
    status,
    result,
    connectedSection(deps, say, busy, referenceLine),
  );
}

function connectedSection(
  deps: TaskpaneDeps,
  say: (text: string, kind?: 'info' | 'error') => void,
  busy: (label: string, action: () => Promise<void>) => Promise<void>,
  referenceLine: HTMLElement,
): HTMLElement {
  const url = h('input', { id: 'api-url', type: 'url', value: deps.defaultApiUrl, placeholder: 'https://…' });
  const token = h('input', { id: 'api-token', type: 'password', autocomplete: 'off', placeholder: 'Jeton d’API' });
  const signedIn = h('p', { id: 'signed-in', class: 'muted' });
  const cohort = h('input', { id: 'filter-cohort', placeholder: 'ex. MASTER-2025' });
  const contract = h('select', { id: 'filter-contract' }, ...['', 'CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE', 'SANS'].map((code) => h('option', { value: code }, code || 'Tous')));
  const state = h('select', { id: 'filter-state' }, ...Object.entries(MISSION_STATES).map(([code, label]) => h('option', { value: code }, label)));
  const report = h('div', { id: 'connected-report' });

  const apiUrl = (): string => url.value.trim();
  const refresh = async (): Promise<void> => {
    const stored = apiUrl() ? await deps.tokens.get(apiUrl()) : null;
    signedIn.textContent = stored ? `Connecté à ${apiUrl()}.` : 'Non connecté.';
  };
  const client = async () => {
    const stored = await deps.tokens.get(apiUrl());
    if (!stored) throw new Error('connectez-vous d’abord avec un jeton d’API');
    return createApiClient({ url: apiUrl(), token: stored, fetch: deps.fetch });
  };
  /**
   * The programme's reference data for the rules (issue 9 §6): the server's when connected,
   * else the copy kept on this machine, else the built-in data; the pane says which.
   */
  const loadReference = async (): Promise<void> => {
    const stored = apiUrl() ? await deps.tokens.get(apiUrl()) : null;
    const api = stored ? createApiClient({ url: apiUrl(), token: stored, fetch: deps.fetch }) : null;
    const loaded = await loadReferenceData(api, deps.storage, apiUrl());
    useReferenceData(loaded.reference);
    referenceLine.textContent = referenceDataLabel(loaded.reference) + (loaded.problem ? ` Raison : ${loaded.problem}.` : '');
    referenceLine.dataset.origin = loaded.reference.origin;
  };
  void refresh().then(loadReference).catch(() => undefined);

  const signIn = h('button', { id: 'sign-in', onclick: () => busy('Connexion…', async () => {
    if (!apiUrl() || !token.value.trim()) return say('Indiquez l’adresse du serveur et un jeton.', 'error');
    await deps.tokens.set(apiUrl(), token.value.trim());
    token.value = '';
    await refresh();
    await loadReference();
    say('Jeton enregistré pour ce serveur.');
  }) }, 'Se connecter');
  const signOut = h('button', { id: 'sign-out', onclick: () => busy('Déconnexion…', async () => {
    await deps.tokens.clear(apiUrl());
    await refresh();
    await loadReference();
    say('Jeton oublié.');
  }) }, 'Se déconnecter');

  const reload = h('button', { id: 'reload-reference', onclick: () => busy('Mise à jour des données de référence…', async () => {
    await loadReference();
    say(referenceLine.textContent ?? '');
  }) }, 'Mettre à jour les données de référence');

  const pull = h('button', { id: 'pull', onclick: () => busy('Import du tableau…', async () => {
    const outcome = await pullRoster(deps.workbook, await client(), { cohort: cohort.value, contractType: contract.value, missionState: state.value });
    report.replaceChildren();
    if (outcome.ok) say(`${count(outcome.rows)} lignes importées dans la feuille « ${outcome.sheet} ».`);
    else say(outcome.message, 'error');
  }) }, 'Importer dans une nouvelle feuille');

  const send = h('button', { id: 'send', onclick: () => busy('Envoi des corrections…', async () => {
    const outcome = await sendChanges(deps.workbook, await client());
    const rows = (items: { row: number; message: string }[], id: string) =>
      h('ul', { id }, ...items.map((item) => h('li', {}, item.row >= 0 ? `Ligne ${count(item.row + 1)} : ${item.message}` : item.message)));
    report.replaceChildren();
    if (outcome.ok) say(outcome.sent === 0 ? 'Aucune correction à envoyer.' : `${count(outcome.sent)} propositions envoyées au responsable.`);
    else {
      say(outcome.message, 'error');
      if (outcome.conflicts.length > 0) report.append(h('p', {}, 'Conflits de version (rien n’a été modifié) :'), rows(outcome.conflicts, 'conflicts'));
    }
    if (outcome.problems.length > 0) report.append(h('p', {}, 'Lignes non envoyées :'), rows(outcome.problems, 'problems'));
  }) }, 'Envoyer les corrections');

  return h('section', { id: 'connected' },
    h('h2', {}, 'Mode connecté'),
    h('label', {}, 'Serveur ', url),
    h('label', {}, 'Jeton ', token),
    h('div', { class: 'actions' }, signIn, signOut, reload),
    signedIn,
    h('h3', {}, 'Importer'),
    h('label', {}, 'Formation ', cohort),
    h('label', {}, 'Contrat ', contract),
    h('label', {}, 'État de la mission ', state),
    h('div', { class: 'actions' }, pull),
    h('h3', {}, 'Proposer les corrections'),
    h('p', { class: 'muted' }, 'Envoie les DDC, DFC et salaires modifiés dans une feuille importée ; le responsable les accepte ou les refuse.'),
    h('div', { class: 'actions' }, send),
    report,
  );
}

/** The mission states of the API's roster filter, in the pane's words (never the codes). */
const MISSION_STATES: Readonly<Record<string, string>> = { '': 'Tous', ...missionStateLabels('fr') };
