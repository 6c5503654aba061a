import type { VerifyOutcome } from '../check/verify-table.js';
import { count, h } from './dom.js';

/** Most row links shown per rule code: the rest is counted, the sheet has them all. */
const MAX_LINKS = 100;

const SEVERITY_LABEL = { error: 'Erreur', warning: 'Avertissement', info: 'Information' } as const;

/** The pane's summary of a check: counts by level, then by rule code with links to the rows. */
export function findingsView(outcome: Extract<VerifyOutcome, { ok: true }>, goTo: (row: number) => void, elapsedMs: number): HTMLElement {
  const { counts } = outcome;
  const plural = (n: number, word: string): string => `${count(n)} ${word}${n > 1 ? 's' : ''}`;
  const lines = [
    h('p', { id: 'counts' }, `${plural(counts.rows, 'ligne')} vérifiée${counts.rows > 1 ? 's' : ''} : ${count(counts.ok)} OK, ${plural(counts.warning, 'avertissement')}, ${plural(counts.error, 'erreur')}.`),
    h('p', { class: 'muted', id: 'elapsed' }, `Feuille « ${outcome.sheet} », ${plural(outcome.markedCells, 'cellule')} marquée${outcome.markedCells > 1 ? 's' : ''}, en ${count(Math.round(elapsedMs))} ms.`),
  ];
  if (outcome.unknownColumns.length > 0) {
    lines.push(h('p', { class: 'muted' }, `Colonnes laissées telles quelles : ${outcome.unknownColumns.join(', ')}.`));
  }
  const list = h('div', { id: 'findings' });
  for (const entry of outcome.summary) {
    const links = entry.rows.slice(0, MAX_LINKS).map((link) =>
      h('li', {},
        h('a', { href: '#', 'data-row': link.row, onclick: (event: Event) => { event.preventDefault(); goTo(link.row); } },
          `Ligne ${count(link.row + 1)}${link.label ? ` — ${link.label}` : ''}`)),
    );
    const more = entry.rows.length > MAX_LINKS ? h('li', { class: 'muted' }, `… et ${count(entry.rows.length - MAX_LINKS)} autres`) : null;
    list.append(
      h('details', { class: `finding ${entry.severity}`, 'data-code': entry.code },
        h('summary', {}, h('strong', {}, entry.code), ` — ${entry.title} `, h('span', { class: 'badge', title: SEVERITY_LABEL[entry.severity] }, count(entry.count))),
        h('ul', {}, ...links, more)),
    );
  }
  if (outcome.summary.length === 0) list.append(h('p', {}, 'Aucune anomalie.'));
  return h('section', { id: 'result' }, ...lines, list);
}
