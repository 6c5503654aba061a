import { parseCsv } from './parse-csv';

/** An exceljs cell value as readRoster expects it (as apps/cli's xlsxCellValue does). */
function cellValue(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value ?? null;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object['richText'])) return (object['richText'] as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if ('formula' in object || 'sharedFormula' in object) return cellValue(object['result']);
  if ('hyperlink' in object && 'text' in object) return cellValue(object['text']);
  if ('error' in object) return String(object['error']);
  return value;
}

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
    const values = (row.values as unknown[]).slice(1).map(cellValue);
    rows[rowNumber - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}
