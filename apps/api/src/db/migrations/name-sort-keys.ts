import { nameSortKey } from '@alternance/domain';

const BATCH = 500;

/**
 * Fills `student.sort_name` of the students already there (the migration that adds it): the
 * key is computed by the domain's function, not by SQL, so it is read, computed and written
 * back, a batch of students per statement.
 */
export async function fillNameSortKeys(execute: (sql: string, params?: unknown[]) => Promise<unknown[]>, quote: '"' | '`'): Promise<void> {
  const q = (name: string) => `${quote}${name}${quote}`;
  const students = (await execute(`select ${q('id')}, ${q('last_name')}, ${q('first_name')} from ${q('student')}`)) as { id: string; last_name: string; first_name: string }[];
  for (let i = 0; i < students.length; i += BATCH) {
    const batch = students.slice(i, i + BATCH);
    const params = batch.flatMap((s) => [s.id, nameSortKey(s.last_name, s.first_name)]);
    await execute(`update ${q('student')} set ${q('sort_name')} = case ${q('id')} ${batch.map(() => 'when ? then ?').join(' ')} end where ${q('id')} in (${batch.map(() => '?').join(', ')})`, [...params, ...batch.map((s) => s.id)]);
  }
}
