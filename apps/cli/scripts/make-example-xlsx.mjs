// Writes examples/roster-2025.xlsx from examples/roster-2025.csv, as the secretariat's
// workbook would hold it: real date cells, numbers as numbers, a styled header row.
// Run after editing the CSV: pnpm --filter @alternance/cli examples
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const root = new URL('../../../examples/', import.meta.url);
const lines = readFileSync(new URL('roster-2025.csv', root), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
const rows = lines.map((line) => line.split(';'));
const header = rows[0];
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

const workbook = new ExcelJS.Workbook();
workbook.creator = 'Alternance — exemple fictif';
// A fixed date keeps the file byte-stable across runs.
workbook.created = workbook.modified = new Date(Date.UTC(2025, 8, 1));
const sheet = workbook.addWorksheet('Alternants 2025');
sheet.addRow(header);
for (const row of rows.slice(1)) {
  sheet.addRow(
    row.map((cell, i) => {
      const m = DATE.exec(cell);
      if (m) {
        const date = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
        // 31/02/2004 stays text, as a typo would in a real sheet.
        return date.getUTCDate() === Number(m[1]) ? date : cell;
      }
      if (header[i] === 'Salaire brut mensuel' && cell !== '') return Number(cell);
      return cell === '' ? null : cell;
    }),
  );
}
sheet.getRow(1).font = { bold: true };
sheet.views = [{ state: 'frozen', ySplit: 1 }];
sheet.columns.forEach((column, i) => {
  column.width = Math.max(12, String(header[i]).length + 2);
  if (/date|DDC|DFC/i.test(String(header[i]))) column.numFmt = 'dd/mm/yyyy';
});
await workbook.xlsx.writeFile(new URL('roster-2025.xlsx', root).pathname);
console.log(`examples/roster-2025.xlsx: ${rows.length - 1} rows`);
