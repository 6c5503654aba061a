import { parse } from 'csv-parse/sync';
import type { Delimiter } from './detect-delimiters.js';
import type { SheetCells } from './sheet-cells.js';

/** Rows of a CSV text with `delimiter`; throws csv-parse's error on malformed quoting. */
export function readCsv(text: string, delimiter: Delimiter): SheetCells {
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const cells: unknown[][] = [];
  const lines: number[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    cells.push(record);
    // A record starts on the line after the previous one ended (quoted fields may span lines).
    lines.push(previousEnd + 1);
    previousEnd = info.lines;
  }
  return { name: null, cells, lines };
}
