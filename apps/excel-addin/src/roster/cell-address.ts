/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of a 0-based cell, or of a rectangle when it spans more than one cell. */
export function rangeAddress(row: number, column: number, rows = 1, columns = 1): string {
  const first = `${columnLetters(column)}${row + 1}`;
  if (rows === 1 && columns === 1) return first;
  return `${first}:${columnLetters(column + columns - 1)}${row + rows}`;
}

/**
 * A1 addresses covering the cells, cells of one column on consecutive rows merged into
 * one range, grouped so that no group's comma-joined text exceeds `maxLength` (Excel
 * refuses very long RangeAreas addresses).
 */
export function cellAddressGroups(cells: readonly { row: number; column: number }[], maxLength = 2000): string[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const addresses: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i] as { row: number; column: number };
    let end = i;
    while (end + 1 < sorted.length) {
      const next = sorted[end + 1] as { row: number; column: number };
      const current = sorted[end] as { row: number; column: number };
      if (next.column !== start.column || next.row > current.row + 1) break;
      end++;
    }
    const last = sorted[end] as { row: number; column: number };
    addresses.push(rangeAddress(start.row, start.column, last.row - start.row + 1, 1));
    i = end + 1;
  }
  const groups: string[] = [];
  let group = '';
  for (const address of addresses) {
    if (group !== '' && group.length + 1 + address.length > maxLength) {
      groups.push(group);
      group = '';
    }
    group = group === '' ? address : `${group},${address}`;
  }
  if (group !== '') groups.push(group);
  return groups;
}
