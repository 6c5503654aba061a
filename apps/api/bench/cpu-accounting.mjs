// Who used the CPU during a measure (issue 14 §3): the API processes, the PostgreSQL processes
// serving the bench's database, the bench process itself (autocannon runs in it), everyone
// else on the machine, and what stayed idle — read from /proc (Linux), in cores (CPU seconds
// per wall second), so a throughput ratio can be explained by measurement, not by reasoning.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

// USER_HZ: /proc counts CPU time in clock ticks, 100 a second on every Linux ABI Node runs on.
const TICKS_PER_SECOND = 100;

/** utime + stime of a process (all its threads), in ticks; null when it is gone. */
function processTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: the fields after its closing parenthesis start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** The machine's busy and idle ticks, all cores summed (/proc/stat's first line). */
function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait };
}

/**
 * The server's processes that work for `database`: its client backends (the API pools'
 * connections, one process each) and the server's own background processes (WAL writer,
 * checkpointer…, no database). Other databases' backends — other users of a shared server —
 * are not ours: they count as "others".
 */
async function postgresPids(client, database) {
  const { rows } = await client.query(
    "select pid from pg_stat_activity where (datname = $1 or (datname is null and backend_type <> 'client backend')) and pid <> pg_backend_pid()",
    [database],
  );
  return rows.map((r) => r.pid);
}

/** The database's counters: transactions committed, rows read (returned by scans, fetched by index), rows written. */
async function databaseStats(client, database) {
  const { rows } = await client.query(
    'select xact_commit + xact_rollback as transactions, tup_returned + tup_fetched as "rowsRead", tup_inserted + tup_updated + tup_deleted as "rowsWritten", blks_hit + blks_read as blocks from pg_stat_database where datname = $1',
    [database],
  );
  return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
}

/**
 * Starts a CPU account; `stop()` returns the cores each party used since, over the wall time.
 * `apiPids`: the API processes; `client`: a pg client on the same server (its own backend is
 * left out); `database`: the bench's database.
 */
export async function startCpuAccount({ apiPids, client, database }) {
  const statsBefore = await databaseStats(client, database);
  const pgBefore = new Map((await postgresPids(client, database)).map((pid) => [pid, processTicks(pid)]));
  const apiBefore = apiPids.map(processTicks);
  const benchBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  const wallBefore = process.hrtime.bigint();
  return {
    async stop() {
      const seconds = Number(process.hrtime.bigint() - wallBefore) / 1e9;
      const machine = machineTicks();
      const bench = process.cpuUsage(benchBefore);
      const api = apiPids.map((pid, i) => (processTicks(pid) ?? apiBefore[i]) - apiBefore[i]);
      // A backend opened during the measure counts from zero; one closed during it keeps nothing (the pools keep theirs open).
      let pgTicks = 0;
      for (const pid of new Set([...pgBefore.keys(), ...(await postgresPids(client, database))])) {
        const now = processTicks(pid);
        if (now !== null) pgTicks += now - (pgBefore.get(pid) ?? 0);
      }
      const cores = (ticks) => ticks / TICKS_PER_SECOND / seconds;
      const stats = await databaseStats(client, database);
      const apiCores = api.map(cores);
      const benchCores = (bench.user + bench.system) / 1e6 / seconds;
      const busy = cores(machine.busy - machineBefore.busy);
      const ours = apiCores.reduce((a, b) => a + b, 0) + cores(pgTicks) + benchCores;
      return {
        seconds,
        machineCores: cpus().length,
        api: apiCores,
        postgresql: cores(pgTicks),
        bench: benchCores,
        // Everything else that ran: other users of the machine (and the kernel's share for them).
        others: Math.max(0, busy - ours),
        idle: cores(machine.idle - machineBefore.idle),
        ours,
        // What the database did, from pg_stat_database (flushed by the backends about once a second: approximate).
        database: Object.fromEntries(Object.keys(stats).map((k) => [k, stats[k] - statsBefore[k]])),
      };
    },
  };
}

const f = (x) => x.toFixed(2);

/** "API 0.98 core, PostgreSQL 0.55, autocannon 0.40, others 0.05, idle 0.07" */
export function describeCpu(account) {
  const api = account.api.length === 1 ? `API ${f(account.api[0])} core` : `API ${account.api.map(f).join(' + ')} cores`;
  return `${api}, PostgreSQL ${f(account.postgresql)}, autocannon ${f(account.bench)}, others ${f(account.others)}, idle ${f(account.idle)}`;
}
