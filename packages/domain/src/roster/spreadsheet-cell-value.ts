/**
 * A spreadsheet library's cell value (exceljs' shapes, read structurally: no import) as
 * readRoster expects it: formulas give their result, rich text and hyperlinks their plain
 * text, errors their code ("#N/A"); numbers, text, booleans and Dates are kept. Shared by
 * the CLI and the portal's roster import.
 */
export function spreadsheetCellValue(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value ?? null;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object['richText'])) {
    return (object['richText'] as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in object || 'sharedFormula' in object) return spreadsheetCellValue(object['result']);
  if ('hyperlink' in object && 'text' in object) return spreadsheetCellValue(object['text']);
  if ('error' in object) return String(object['error']);
  return value;
}
