#!/usr/bin/env node
// The server reads its .graphql files at run time: copy them beside the compiled code.
import { cpSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
cpSync(`${root}src/graphql/schema`, `${root}dist/graphql/schema`, { recursive: true });
