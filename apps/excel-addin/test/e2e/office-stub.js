// Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the
// end-to-end test: Office.onReady, Excel.run over an in-page workbook, CustomFunctions.
// Like Office.js, loads are filled and writes applied only at context.sync(), which is
// counted, so the built pane's load/sync discipline shows in window.__excelHost.
(function () {
  const seed = window.__ROSTER__ || { sheet: 'Feuil1', values: [] };
  const host = (window.__excelHost = {
    sheets: { [seed.sheet]: seed.values.map((row) => row.slice()) },
    active: seed.sheet,
    selection: { row: seed.selectRow || 0, column: seed.selectColumn || 0 },
    syncs: 0,
    suspendedCalculation: 0,
    suspendedScreen: 0,
    cellsWritten: 0,
    largestSyncCells: 0,
    largestReadCells: 0,
    formats: [],
    selected: null,
    associated: [],
    functions: {},
  });

  function usedRange(values) {
    let top = -1, bottom = -1, left = Infinity, right = -1;
    values.forEach((row, r) => (row || []).forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }));
    if (top < 0) return null;
    const cut = [];
    for (let r = top; r <= bottom; r++) {
      const row = [];
      for (let c = left; c <= right; c++) row.push((values[r] || [])[c] ?? '');
      cut.push(row);
    }
    return { top, left, values: cut };
  }

  function makeContext() {
    const pending = [];
    const ops = [];
    let cellsThisSync = 0;
    let cellsReadThisSync = 0;

    function worksheet(name) {
      return {
        load() { pending.push(() => { this.name = name; }); },
        getUsedRangeOrNullObject() {
          const range = {
            load() {
              pending.push(() => {
                const used = usedRange(host.sheets[name] || []);
                range.isNullObject = used === null;
                if (used) Object.assign(range, { rowIndex: used.top, columnIndex: used.left, rowCount: used.values.length, columnCount: used.values[0].length });
              });
            },
          };
          return range;
        },
        getRangeByIndexes(row, column, rows, columns) {
          let loaded = null;
          return {
            load() {
              cellsReadThisSync += rows * columns;
              pending.push(() => {
                const sheet = host.sheets[name] || [];
                loaded = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (sheet[row + r] || [])[column + c] ?? ''));
              });
            },
            get values() {
              if (!loaded) throw new Error('PropertyNotLoaded: values');
              return loaded;
            },
            set values(values) {
              cellsThisSync += rows * columns;
              ops.push(() => {
                const sheet = (host.sheets[name] = host.sheets[name] || []);
                values.forEach((line, r) => {
                  const target = (sheet[row + r] = sheet[row + r] || []);
                  line.forEach((v, c) => { target[column + c] = v; });
                });
                host.cellsWritten += rows * columns;
              });
            },
            set numberFormat(_) {},
            select() { ops.push(() => { host.selected = { sheet: name, row, column, rows, columns }; }); },
          };
        },
        getRange() {
          const collection = {
            load() {
              pending.push(() => {
                collection.items = host.formats.filter((f) => f.sheet === name).map((f) => ({
                  type: 'Custom',
                  customOrNullObject: { isNullObject: false, rule: { formula: f.formula }, load() {} },
                  delete() { ops.push(() => { host.formats = host.formats.filter((x) => x !== f); }); },
                }));
              });
            },
          };
          return { conditionalFormats: collection };
        },
        getRanges(addresses) {
          return {
            conditionalFormats: {
              add(type) {
                const format = { sheet: name, type, addresses, formula: '', fill: '' };
                ops.push(() => host.formats.push(format));
                return {
                  custom: {
                    rule: { set formula(f) { format.formula = f; } },
                    format: { fill: { set color(c) { format.fill = c; } }, font: {} },
                  },
                };
              },
            },
          };
        },
        activate() { ops.push(() => { host.active = name; }); },
      };
    }

    const worksheets = {
      getItem: (name) => worksheet(name),
      load() { pending.push(() => { worksheets.items = Object.keys(host.sheets).map((name) => ({ name })); }); },
      add(name) { host.sheets[name] = []; return worksheet(name); },
    };

    return {
      workbook: {
        worksheets,
        getSelectedRange() {
          return {
            worksheet: worksheet(host.active),
            getTables() {
              const tables = { load() { pending.push(() => { tables.items = []; }); } };
              return tables;
            },
          };
        },
      },
      application: {
        suspendApiCalculationUntilNextSync() { host.suspendedCalculation++; },
        suspendScreenUpdatingUntilNextSync() { host.suspendedScreen++; },
      },
      sync() {
        host.syncs++;
        host.largestSyncCells = Math.max(host.largestSyncCells, cellsThisSync);
        host.largestReadCells = Math.max(host.largestReadCells, cellsReadThisSync);
        cellsThisSync = 0;
        cellsReadThisSync = 0;
        pending.splice(0).forEach((fill) => fill());
        ops.splice(0).forEach((apply) => apply());
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
  }

  class FunctionError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate(id, fn) { host.associated.push(id); host.functions[id] = fn; },
    Error: FunctionError,
    ErrorCode: { invalidValue: '#VALUE!' },
  };
  window.Excel = { run: (batch) => batch(makeContext()) };
  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady(callback) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 0));
    },
  };
})();
