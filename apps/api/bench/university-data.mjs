// A university's data set on PostgreSQL (issue 15, "University scale"), written set-based:
// every table is filled by a handful of `INSERT … SELECT … FROM generate_series(…)`
// statements (no ORM, no row-by-row round trips), so 20,000 students take seconds.
//
// The reference data models many programmes (ReferenceData.programmes, groups, cohorts): the
// guide's four (L3G, L3I, M1, M2) are kept and 16 more are added, cloned from L3I's rates,
// group rules and calendar (a university's other work-study licences and masters), so that
// 20 programmes run on one instance. Students are spread over 20 cohorts (L3G, classic
// rhythm, has no alternants): the guide's L3I-2025, MASTER-2025, M2-2025, M2-2026 and the
// 16 generated ones.
//
// Ids are md5-derived UUIDs of a kind and a number (`md5('s' || i)::uuid`), so that a row's
// references are computed in the same statement, without joins or returned ids.
//
// Proportions, per alternant (one validated mission and contract each): 4 checklist items
// (one in ten still open), 7 audit events (mission created, submitted, confirmation asked,
// two confirmations, validated, contract created), 5 mails (submitted notice, two
// confirmation requests, two validation notices), 3 absence half-days on average, 2 tutor
// visits (the first held, the second proposed); one in twenty has a pending change
// proposal, one in twenty a professional absence request. Applicants (10 % more students)
// have an open mission (submitted, awaiting confirmation, draft or returned), 2 audit events
// and a mail each. Organisations: one per ten alternants, each with two tutors and an HR
// contact; an academic tutor follows about a hundred alternants.

import { fillNameSortKeys } from '../dist/db/migrations/name-sort-keys.js';

/** @typedef {(sql: string, params?: unknown[]) => Promise<{ rows: any[] }>} Query */

/** `today` is the day the benches run the API on: the data is a university's of that day. */
export const UNIVERSITY = { programmes: 20, alternants: 20_000, today: '2025-11-17' };

const EXTRA_PROGRAMMES = 16;
const code = (k) => `U${String(k + 1).padStart(2, '0')}`;

/**
 * The reference data's programmes, groups and cohorts with the 16 generated programmes
 * added to the guide's; returns the 20 cohort codes alternants are spread over.
 * @param {Query} query
 */
async function extendReferenceData(query) {
  const sections = Object.fromEntries((await query(`select key, data from reference_section where key in ('programmes', 'groups', 'cohorts')`)).rows.map((r) => [r.key, r.data]));
  if (!sections.programmes || !sections.groups || !sections.cohorts) throw new Error('seed the reference data first (the API does it at start-up, or seedReferenceData)');
  const model = { programme: sections.programmes.find((p) => p.code === 'L3I'), group: sections.groups.find((g) => g.code === 'L3I-ALTERNANCE'), cohort: sections.cohorts.find((c) => c.code === 'L3I-2025') };
  const programmes = sections.programmes.filter((p) => !/^U\d\d$/.test(p.code));
  const groups = sections.groups.filter((g) => !/^U\d\d-/.test(g.code));
  const cohorts = sections.cohorts.filter((c) => !/^U\d\d-/.test(c.code));
  for (let k = 0; k < EXTRA_PROGRAMMES; k++) {
    const c = code(k);
    programmes.push({ ...structuredClone(model.programme), code: c, name: `Formation ${c} en alternance` });
    groups.push({ ...structuredClone(model.group), code: `${c}-ALTERNANCE`, programme: c, site: k % 2 ? 'ILOT-DU-BOIS' : 'FORBIN', name: `${c} — groupe alternance` });
    cohorts.push({ ...structuredClone(model.cohort), code: `${c}-2025`, label: `${c} 2025/2026`, years: model.cohort.years.map((y) => ({ ...y, programme: c })), groups: [`${c}-ALTERNANCE`] });
  }
  for (const [key, data] of Object.entries({ programmes, groups, cohorts })) {
    await query(`update reference_section set data = $1::jsonb, version = version + 1, updated_at = now() where key = $2`, [JSON.stringify(data), key]);
  }
  const alternance = cohorts.filter((c) => c.code !== 'L3G-2025');
  return alternance.map((c) => ({ code: c.code, ddf: c.ddf, dff: c.dff, group: c.groups[0], site: groups.find((g) => g.code === c.groups[0])?.site ?? 'FORBIN' }));
}

/**
 * Fills an empty, migrated PostgreSQL database (reference data seeded) with a university.
 * @param {Query} query a pg client's query (or a pool's)
 * @param {{ alternants?: number, passwordHash: string }} options the hash the generated accounts sign in with
 *   (manager@univ.example, direction@univ.example, tuteurN@univ.example)
 * @returns {Promise<Record<string, number>>} the row count of each table written
 */
export async function generateUniversity(query, { alternants = UNIVERSITY.alternants, passwordHash }) {
  const cohorts = await extendReferenceData(query);
  const applicants = Math.round(alternants / 10);
  const organisations = Math.max(10, Math.round(alternants / 10));
  const academicTutors = Math.max(2, Math.round(alternants / 100));
  const cohortValues = cohorts.map((c, k) => `(${k}, '${c.code}', '${c.ddf}', '${c.dff}', '${c.group}', '${c.site}')`).join(', ');
  const nc = cohorts.length;
  await query('begin');
  await query(`create temp table u_cohort (k int primary key, code text, ddf text, dff text, grp text, site text) on commit drop`);
  await query(`insert into u_cohort values ${cohortValues}`);
  const steps = [
    // Accounts: the office (manager, direction) and the academic tutors, all with the caller's password hash.
    `insert into app_user (id, created_at, updated_at, email, display_name, role, password_hash)
     select md5('at' || i)::uuid, now(), now(), 'tuteur' || i || '@univ.example', 'Tuteur académique ' || i, 'ACADEMIC_TUTOR', $1
     from generate_series(1, ${academicTutors}) i
     union all select md5('office-' || r)::uuid, now(), now(), lower(r) || '@univ.example', initcap(r), r, $1 from unnest(array['MANAGER', 'DIRECTION']) r`,
    `insert into organisation (id, created_at, updated_at, name, siret, opco)
     select md5('o' || i)::uuid, now(), now(), 'Entreprise ' || lpad(i::text, 5, '0'), lpad((40000000000000 + i)::text, 14, '0'), 'OPCO ' || (i % 11)
     from generate_series(1, ${organisations}) i`,
    `insert into company_tutor (id, created_at, updated_at, first_name, last_name, email, organisation_id, job_title)
     select md5('t' || i || '-' || k)::uuid, now(), now(), 'Tuteur' || k, 'Entreprise' || i, 'tuteur' || k || '@e' || i || '.example', md5('o' || i)::uuid, 'Responsable'
     from generate_series(1, ${organisations}) i, generate_series(1, 2) k`,
    `insert into hr_contact (id, created_at, updated_at, first_name, last_name, email, organisation_id)
     select md5('h' || i)::uuid, now(), now(), 'RH', 'Entreprise' || i, 'rh@e' || i || '.example', md5('o' || i)::uuid
     from generate_series(1, ${organisations}) i`,
    // Alternants (1 … N) and applicants (N+1 … N+A).
    `insert into student (id, created_at, updated_at, first_name, last_name, email, birth_date, status, cohort, "group", site, academic_tutor_id, "foreign")
     select md5('s' || i)::uuid, now() - (i % 300) * interval '1 day', now() - (i % 200) * interval '1 hour',
       (array['Camille','Léa','Hugo','Inès','Lucas','Manon','Nathan','Chloé','Yanis','Sarah'])[1 + i % 10], 'Nom' || lpad(i::text, 6, '0'),
       'etudiant' || i || '@etu.univ.example', (2000 + i % 6) || '-0' || (1 + i % 9) || '-1' || (i % 10),
       case when i % 7 = 0 then 'FC' else 'FI' end, c.code, c.grp, c.site,
       case when i <= ${alternants} then md5('at' || (1 + i % ${academicTutors}))::uuid end, i % 25 = 0
     from generate_series(1, ${alternants + applicants}) i join u_cohort c on c.k = i % ${nc}`,
    `insert into mission (id, created_at, updated_at, student_id, state, cohort, "group", contract_type, start_date, end_date, monthly_gross_pay_cents, title, context, objectives, deliverables,
       organisation_id, tutor1_id, tutor2_id, hr_contact_id, academic_tutor_id, request_date, validation_date, findings, finding_codes, open_for, state_since)
     select md5('m' || i)::uuid, timestamptz '2025-05-20' + (i % 40) * interval '1 day', timestamptz '2025-06-01' + (i % 1000) * interval '37 minutes',
       md5('s' || i)::uuid, st.state, c.code, c.grp, case when i % 7 = 0 then 'CPRO' else 'CAPP' end, c.ddf,
       to_char(c.dff::date + interval '1 month', 'YYYY-MM-DD'), 150000 + (i % 50) * 1000,
       'Développement d''applications', 'Contexte de la mission', 'Objectifs', 'Livrables',
       md5('o' || (1 + i % ${organisations}))::uuid, md5('t' || (1 + i % ${organisations}) || '-1')::uuid,
       case when i % 4 = 0 then md5('t' || (1 + i % ${organisations}) || '-2')::uuid end, md5('h' || (1 + i % ${organisations}))::uuid,
       case when i <= ${alternants} then md5('at' || (1 + i % ${academicTutors}))::uuid end,
       '2025-06-' || lpad((1 + i % 28)::text, 2, '0'), case when st.state = 'VALIDATED' then '2025-07-' || lpad((1 + i % 28)::text, 2, '0') end,
       case when i % 9 = 0 then '[{"code":"PAY_BELOW_MINIMUM","severity":"error","field":"monthlyGrossPay","message":"Rémunération inférieure au minimum","ref":"§4.2"}]'::jsonb else '[]'::jsonb end,
       case when i % 9 = 0 then ',PAY_BELOW_MINIMUM,' else '' end,
       case when st.state <> 'VALIDATED' then md5('s' || i)::uuid::text end, timestamptz '2025-06-01' + (i % 1000) * interval '37 minutes'
     from generate_series(1, ${alternants + applicants}) i join u_cohort c on c.k = i % ${nc}
     cross join lateral (select case when i <= ${alternants} then 'VALIDATED' else (array['SUBMITTED','CONFIRMATION_REQUESTED','DRAFT','RETURNED'])[1 + i % 4] end as state) st`,
    `insert into contract (id, created_at, updated_at, mission_id, student_id, contract_type, start_date, end_date, monthly_gross_pay_cents)
     select md5('c' || m.i)::uuid, now(), now(), md5('m' || m.i)::uuid, md5('s' || m.i)::uuid, m.contract_type, m.start_date, m.end_date, m.monthly_gross_pay_cents
     from (select i, case when i % 7 = 0 then 'CPRO' else 'CAPP' end as contract_type, c.ddf as start_date, to_char(c.dff::date + interval '1 month', 'YYYY-MM-DD') as end_date, 150000 + (i % 50) * 1000 as monthly_gross_pay_cents
           from generate_series(1, ${alternants}) i join u_cohort c on c.k = i % ${nc}) m`,
    `insert into checklist_item (id, created_at, updated_at, contract_id, code, label, label_en, responsible, due_date, ref, done, done_at)
     select md5('ci' || i || '-' || k)::uuid, now(), now(), md5('c' || i)::uuid, (array['CERFA','CONVENTION','PLANNING','VISITE_MEDICALE'])[k], 'Pièce ' || k, 'Item ' || k,
       (array['STUDENT','COMPANY','OFFICE','COMPANY'])[k], '2025-' || lpad((7 + k)::text, 2, '0') || '-15', '§4.1', i % 10 <> 0 or k < 3, case when i % 10 <> 0 or k < 3 then now() end
     from generate_series(1, ${alternants}) i, generate_series(1, 4) k`,
    `insert into audit_event (id, created_at, updated_at, at, actor_type, actor_id, actor_label, role, entity_type, entity_id, action, fields)
     select md5('ae' || i || '-' || k)::uuid, now(), now(), timestamptz '2025-05-20' + (i % 40) * interval '1 day' + k * interval '2 days' + (i % 500) * interval '1 minute',
       'USER', md5('s' || i)::uuid::text, 'Camille Nom' || i, (array['STUDENT','STUDENT','MANAGER','COMPANY_TUTOR','HR_CONTACT','MANAGER','SYSTEM'])[k],
       case when k = 7 then 'Contract' else 'Mission' end, case when k = 7 then md5('c' || i)::uuid::text else md5('m' || i)::uuid::text end,
       (array['CREATE','SUBMIT','REQUEST_CONFIRMATION','CONFIRM','CONFIRM','VALIDATE','CREATE'])[k], case when k in (1, 7) then '[]'::jsonb else '["state"]'::jsonb end
     from generate_series(1, ${alternants + applicants}) i, generate_series(1, 7) k where i <= ${alternants} or k <= 2`,
    `insert into outbox_mail (id, created_at, updated_at, "to", subject, text, template, mission_id, state, attempts, next_attempt_at, sent_at)
     select md5('mail' || i || '-' || k)::uuid, timestamptz '2025-06-01' + (i % 1000) * interval '37 minutes' + k * interval '1 day', now(),
       case when k in (2, 3) then 'tuteur1@e' || (1 + i % ${organisations}) || '.example' else 'etudiant' || i || '@etu.univ.example' end,
       (array['Mission déposée','Confirmation demandée','Confirmation demandée','Mission validée','Mission validée'])[k], 'Bonjour, …', (array['mission-submitted','confirmation-request','confirmation-request','mission-validated','mission-validated'])[k],
       md5('m' || i)::uuid::text, case when i % 50 = 0 and k = 5 then 'PENDING' else 'SENT' end, 1, now(), case when i % 50 = 0 and k = 5 then null else now() end
     from generate_series(1, ${alternants + applicants}) i, generate_series(1, 5) k where i <= ${alternants} or k = 1`,
    // Absences: 0 to 6 half-days per alternant (3 on average), on training days of the autumn.
    `insert into absence (id, created_at, updated_at, student_id, date, half, state, reason, mission_id, organisation_id, recorded_by)
     select md5('ab' || i || '-' || k)::uuid, now(), now(), md5('s' || i)::uuid, to_char(date '2025-09-08' + ((i + k * 11) % 90), 'YYYY-MM-DD'), case when k % 2 = 0 then 'AM' else 'PM' end,
       (array['RECORDED','JUSTIFIED','UNJUSTIFIED','AWAITING_STOPPAGE'])[1 + (i + k) % 4], (array['UNKNOWN','MEDICAL','OTHER','MEDICAL'])[1 + (i + k) % 4],
       md5('m' || i)::uuid, md5('o' || (1 + i % ${organisations}))::uuid, 'Secrétariat'
     from generate_series(1, ${alternants}) i, generate_series(1, 6) k where k <= i % 7`,
    `insert into visit (id, created_at, updated_at, student_id, mission_id, company_tutor_id, academic_tutor_id, academic_year, visit_number, state, slots, date, half, format, ics_uid, live_key)
     select md5('v' || i || '-' || k)::uuid, now(), now(), md5('s' || i)::uuid, md5('m' || i)::uuid, md5('t' || (1 + i % ${organisations}) || '-1')::uuid, md5('at' || (1 + i % ${academicTutors}))::uuid,
       '2025-2026', k, case when k = 1 then 'HELD' else 'PROPOSED' end, '[]'::jsonb,
       case when k = 1 then to_char(date '2025-11-03' + (i % 40), 'YYYY-MM-DD') end, case when k = 1 then 'AM' end, case when k = 1 then 'ON_SITE' end,
       'visit-' || i || '-' || k || '@univ.example', md5('s' || i)::uuid || ':2025-2026:' || k
     from generate_series(1, ${alternants}) i, generate_series(1, 2) k`,
    `insert into change_proposal (id, created_at, updated_at, mission_id, based_on_version, start_date, end_date, monthly_gross_pay_cents, comment, state, proposed_by)
     select md5('cp' || i)::uuid, now() - (i % 30) * interval '1 day', now(), md5('m' || i)::uuid, 1, null, null, 160000 + (i % 50) * 1000, 'Augmentation', case when i % 40 = 0 then 'PENDING' else 'ACCEPTED' end, md5('s' || i)::uuid::text
     from generate_series(20, ${alternants}, 20) i`,
    `insert into professional_absence_request (id, created_at, updated_at, student_id, mission_id, first_day, first_half, last_day, last_half, reason, requested_by_id, requested_by_label, requested_on, state)
     select md5('par' || i)::uuid, now(), now(), md5('s' || i)::uuid, md5('m' || i)::uuid, to_char(date '2025-10-06' + (i % 60), 'YYYY-MM-DD'), 'AM', to_char(date '2025-10-06' + (i % 60), 'YYYY-MM-DD'), 'PM',
       'Salon professionnel', md5('t' || (1 + i % ${organisations}) || '-1')::uuid::text, 'Tuteur', '2025-09-20', (array['PENDING','GRANTED','REFUSED'])[1 + i % 3]
     from generate_series(13, ${alternants}, 20) i`,
    // The monthly statements of unjustified absences (§4.3.4) of the months before today's went
    // out at each month's turn, as in service: the API's sweep, started with the bench, finds
    // them sent (it would otherwise mail some 2,000 organisations during the measures).
    `insert into absence_statement (id, created_at, updated_at, organisation_id, month, absences, sent_at)
     select md5('as' || organisation_id || left(date, 7))::uuid, now(), now(), organisation_id, left(date, 7), count(*), (left(date, 7) || '-01')::date + interval '1 month'
     from absence where state = 'UNJUSTIFIED' and organisation_id is not null and date < '${UNIVERSITY.today.slice(0, 7)}-01'
     group by organisation_id, left(date, 7)`,
    // …and declared those absences (absence-sweeps.ts): without the mark the sweep would send
    // each organisation and month a complement.
    `update absence a set declared_at = s.sent_at from absence_statement s
     where a.state = 'UNJUSTIFIED' and s.organisation_id = a.organisation_id and s.month = left(a.date, 7)`,
  ];
  for (const [n, sql] of steps.entries()) await query(sql, n === 0 ? [passwordHash] : []);
  // The students' name order, computed by the API's own function (SQL cannot), as the API's writes do.
  await fillNameSortKeys((sql, params) => {
    let n = 0;
    return query(sql.replace(/\?/g, () => `$${++n}`), params).then((r) => r.rows);
  }, '"');
  await query('commit');
  // A database in service has been vacuumed since its rows went in: without it the first minutes
  // measure autovacuum's pass over 500,000 new rows, and index-only scans still visit the heap.
  await query('vacuum (analyze)');
  const tables = ['student', 'mission', 'contract', 'checklist_item', 'audit_event', 'outbox_mail', 'absence', 'absence_statement', 'visit', 'change_proposal', 'professional_absence_request', 'organisation', 'company_tutor', 'app_user'];
  const counts = {};
  for (const t of tables) counts[t] = Number((await query(`select count(*) as n from "${t}"`)).rows[0].n);
  return { programmes: UNIVERSITY.programmes, cohorts: cohorts.length, ...counts };
}
