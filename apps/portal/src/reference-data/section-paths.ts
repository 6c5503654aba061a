import { valueAt, type ListSpec, type SectionForm } from '@alternance/domain';

/** The id of the input that shows a field path (`cohorts.1.dff` → `ref-cohorts-1-dff`). */
export const inputId = (path: string): string => `ref-${path.replace(/\./g, '-')}`;

/** Sets the value at a dot path of a plain record (numeric segments index arrays). */
export function setAt(record: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = record as Record<string, unknown>;
  for (const k of keys) {
    if (node[k] === null || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[last] = value;
}

function listPaths(spec: ListSpec, items: unknown, base: string, out: Record<string, string>): void {
  if (!Array.isArray(items)) return;
  items.forEach((item, i) => {
    const at = `${base}.${i}`;
    for (const f of spec.fields) out[`${at}.${f.key}`] = inputId(`${at}.${f.key}`);
    for (const nested of spec.lists ?? []) listPaths(nested, valueAt(item, nested.key), `${at}.${nested.key}`, out);
  });
}

/** Every field path the form shows for this data, in screen order, with its input id. */
export function sectionFieldIds(form: SectionForm, data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of form.fields) out[`${form.section}.${f.key}`] = inputId(`${form.section}.${f.key}`);
  for (const list of form.lists) listPaths(list, valueAt(data, list.key), list.key ? `${form.section}.${list.key}` : form.section, out);
  return out;
}
