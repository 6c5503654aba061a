export * from './repeated-year.js';
export * from './check-extension.js';
export * from './check-rupture-last-day.js';
export * from './year-change.js';
export * from './new-contract-training-hours.js';
export * from './rupture-checklist.js';
export * from './extension-programme.js';
export * from './check-tutor-change.js';
