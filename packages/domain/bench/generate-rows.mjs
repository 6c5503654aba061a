// Deterministic roster rows for the benchmark, shaped like a real roster: mostly
// compliant contracts around each cohort's DDF/DFF, and about one row in five with a
// problem (dates out of their window, wrong status, unreadable or missing values,
// pay below the minimum, missing work permit), so that every path of the engine runs.
const COHORTS = [
  { code: 'L3I-2025', ddf: '2025-09-01', dff: '2026-07-03', weight: 3 },
  { code: 'MASTER-2025', ddf: '2025-09-01', dff: '2027-09-03', weight: 4 },
  { code: 'M2-2025', ddf: '2025-09-04', dff: '2026-09-04', weight: 3 },
];
const CONTRACTS = [
  { status: 'FI', contractType: 'CAPP', weight: 14, pay: [1500, 2100] },
  { status: 'FC', contractType: 'CPRO', weight: 4, pay: [1700, 2300] },
  { status: 'FI', contractType: 'CSTAGEALT', weight: 1, pay: [500, 900] },
  { status: 'FC', contractType: 'CSTAGE', weight: 1, pay: [0, 0] },
];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoPlusDays(iso, days) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}

function weighted(random, list) {
  const total = list.reduce((n, x) => n + x.weight, 0);
  let r = random() * total;
  for (const x of list) if ((r -= x.weight) < 0) return x;
  return list[list.length - 1];
}

export function generateRows(count, seed = 42) {
  const random = mulberry32(seed);
  const between = (a, b) => a + Math.floor(random() * (b - a + 1));
  const rows = [];
  for (let i = 0; i < count; i++) {
    const cohort = weighted(random, COHORTS);
    const contract = weighted(random, CONTRACTS);
    const start = isoPlusDays(cohort.ddf, contract.contractType === 'CSTAGEALT' ? between(0, 30) : between(-40, 30));
    const end = contract.contractType === 'CSTAGEALT' ? isoPlusDays(start, between(200, 330)) : isoPlusDays(cohort.dff, between(0, 45));
    const request = isoPlusDays(start, -between(15, 90));
    const row = {
      cohort: cohort.code,
      status: contract.status,
      contractType: contract.contractType,
      birthDate: isoPlusDays('1997-01-01', between(0, 3650)),
      requestDate: request,
      validationDate: isoPlusDays(request, between(1, 8)),
      startDate: start,
      endDate: end,
      foreign: random() < 0.08,
      aptObtained: random() < 0.9,
      monthlyGrossPay: contract.pay[1] === 0 ? undefined : between(contract.pay[0], contract.pay[1]),
      repeating: random() < 0.03,
      cproReason: contract.contractType === 'CPRO' && random() < 0.7 ? 'OPA' : undefined,
      stageAltApproved: contract.contractType === 'CSTAGEALT' ? random() < 0.8 : undefined,
    };
    // About one row in five carries a problem a secretariat meets in real rosters.
    switch (between(0, 24)) {
      case 0: row.startDate = isoPlusDays(cohort.ddf, -120); break;
      case 1: row.startDate = '2025-11-15'; break;
      case 2: row.endDate = isoPlusDays(cohort.dff, 90); break;
      case 3: row.status = row.status === 'FI' ? 'FC' : 'FI'; break;
      case 4: row.startDate = '31/02/2025'; break;
      case 5: row.birthDate = undefined; break;
      case 6: row.monthlyGrossPay = 700; break;
      default: break;
    }
    rows.push(row);
  }
  return rows;
}
