import ExcelJS from 'exceljs';
import { spreadsheetCellValue } from '@alternance/domain';
import type { SheetCells } from './sheet-cells.js';

/** Every worksheet of an XLSX file, in order; throws exceljs's error when the bytes are not a workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        values[column - 1] = spreadsheetCellValue(cell.value);
      });
      cells[rowNumber - 1] = values;
    });
    // Rows exceljs skipped as empty still count, so that index + 1 is the row number.
    for (let i = 0; i < cells.length; i++) cells[i] ??= [];
    return { name: sheet.name, cells, lines: cells.map((_, i) => i + 1) };
  });
}
