#!/usr/bin/env node
// The API serving this build reads dist/persisted-documents.json: the operations this
// portal may run from a browser session, by hash (written by codegen's client preset).
import { copyFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
copyFileSync(`${root}src/gql/persisted-documents.json`, `${root}dist/persisted-documents.json`);
