import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127032006 } from './Migration20261127032006.js';
import { Migration20261127035353 } from './Migration20261127035353.js';
import { Migration20261201025638 } from './Migration20261201025638.js';
import { Migration20261201025904 } from './Migration20261201025904.js';
import { Migration20261201025951 } from './Migration20261201025951.js';
import { Migration20261201031209 } from './Migration20261201031209.js';
import { Migration20261201054642 } from './Migration20261201054642.js';
import { Migration20261201054658 } from './Migration20261201054658.js';
import { Migration20261201054722 } from './Migration20261201054722.js';
import { Migration20261201054747 } from './Migration20261201054747.js';
import { Migration20261201054800 } from './Migration20261201054800.js';
import { Migration20261201055237 } from './Migration20261201055237.js';
import { Migration20261201065542 } from './Migration20261201065542.js';
import { Migration20261201070229 } from './Migration20261201070229.js';
import { Migration20261201070532 } from './Migration20261201070532.js';
import { Migration20261201071159 } from './Migration20261201071159.js';
import { Migration20261201104101 } from './Migration20261201104101.js';
import { Migration20261201110808 } from './Migration20261201110808.js';
import { Migration20261201120200 } from './Migration20261201120200.js';
import { Migration20261201140404 } from './Migration20261201140404.js';
import { Migration20261201150900 } from './Migration20261201150900.js';

/** Applied in this order at start-up (committed; regenerate with scripts/create-migration.mjs). */
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261127032006', class: Migration20261127032006 },
  { name: 'Migration20261127035353', class: Migration20261127035353 },
  { name: 'Migration20261201025638', class: Migration20261201025638 },
  { name: 'Migration20261201025904', class: Migration20261201025904 },
  { name: 'Migration20261201025951', class: Migration20261201025951 },
  { name: 'Migration20261201031209', class: Migration20261201031209 },
  { name: 'Migration20261201054642', class: Migration20261201054642 },
  { name: 'Migration20261201054658', class: Migration20261201054658 },
  { name: 'Migration20261201054722', class: Migration20261201054722 },
  { name: 'Migration20261201054747', class: Migration20261201054747 },
  { name: 'Migration20261201054800', class: Migration20261201054800 },
  { name: 'Migration20261201055237', class: Migration20261201055237 },
  { name: 'Migration20261201065542', class: Migration20261201065542 },
  { name: 'Migration20261201070229', class: Migration20261201070229 },
  { name: 'Migration20261201070532', class: Migration20261201070532 },
  { name: 'Migration20261201071159', class: Migration20261201071159 },
  { name: 'Migration20261201104101', class: Migration20261201104101 },
  { name: 'Migration20261201110808', class: Migration20261201110808 },
  { name: 'Migration20261201120200', class: Migration20261201120200 },
  { name: 'Migration20261201140404', class: Migration20261201140404 },
  { name: 'Migration20261201150900', class: Migration20261201150900 },
];
