export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  width?: number;
}

/** The rows of a list as a sheet: header row, then one row per item (values as shown). */
export function toSheetRows<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): (string | number | boolean | null)[][] {
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row) ?? null))];
}

/**
 * Downloads any list as an XLSX file. exceljs (≈ 1 MB) is fetched only when someone
 * exports, so that it never weighs on the first page.
 */
export async function exportXlsx<T>(fileName: string, sheetName: string, columns: readonly ExportColumn<T>[], rows: readonly T[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRows(toSheetRows(columns, rows));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length + 2);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
