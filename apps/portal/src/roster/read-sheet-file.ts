import { spreadsheetCellValue } from '@alternance/domain';
import { parseCsv } from './parse-csv';

/** The first sheet of a CSV or XLSX file as rows of cell values; exceljs is loaded only for XLSX. */
export async function readSheetFile(file: File): Promise<unknown[][]> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return parseCsv(await file.text());
  if (!name.endsWith('.xlsx')) throw new Error(`Format non reconnu : ${file.name} (attendu : .csv ou .xlsx).`);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map(spreadsheetCellValue);
    rows[rowNumber - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}
