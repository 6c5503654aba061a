// Deterministic roster rows for the benchmark: a mix of cohorts, contract types, valid
// and invalid dates, so that every code path of the rule engine runs.
const COHORTS = ['L3I-2025', 'MASTER-2025', 'M2-2025', 'L3G-2025', 'M2-2026'];
const TYPES = [
  ['FI', 'CAPP'],
  ['FI', 'CAPP'],
  ['FI', 'CAPP'],
  ['FC', 'CPRO'],
  ['FC', 'CPRO'],
  ['FI', 'CSTAGEALT'],
  ['FI', 'CSTAGE'],
  ['FC', 'SANS'],
  ['FI', 'CPRO'],
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

export function generateRows(count, seed = 42) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [];
  for (let i = 0; i < count; i++) {
    const [status, contractType] = pick(TYPES);
    const cohort = pick(COHORTS);
    const start = isoPlusDays('2025-06-01', Math.floor(random() * 200));
    const end = isoPlusDays(start, 300 + Math.floor(random() * 500));
    const request = isoPlusDays(start, -5 - Math.floor(random() * 60));
    rows.push({
      cohort,
      status,
      contractType,
      birthDate: isoPlusDays('1993-01-01', Math.floor(random() * 4000)),
      requestDate: request,
      validationDate: isoPlusDays(request, Math.floor(random() * 10)),
      startDate: random() < 0.01 ? '31/02/2025' : start,
      endDate: end,
      foreign: random() < 0.1,
      aptObtained: random() < 0.5,
      monthlyGrossPay: 700 + Math.floor(random() * 1200),
      repeating: random() < 0.05,
    });
  }
  return rows;
}
