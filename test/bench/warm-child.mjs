// Warm analysis in a process of its own, as in a report generator that parses its documents once and
// analyses them on request: node warm-child.mjs <runs>. Prints one JSON line of timing statistics.
// (The bench's in-process row also pays for the garbage of every stage measured before it; a fresh
// process instead needs more calls before V8 has optimised the aligner, hence 30 warm-up calls, ≈0.5 s.)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench } from './stats.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const { parseDocument, analyzeCascade } = (await import('./lib.mjs')).default;
const files = ['shandong-2023-key-tasks-interpretation.txt', 'liaocheng-2023-key-tasks.txt', 'guanxian-2023-key-tasks.txt'];
const cascade = files.map((f) => parseDocument(readFileSync(join(ROOT, 'data', f)), { name: f }));
const runs = Number(process.argv[2] ?? 30);
process.stdout.write(JSON.stringify(bench(() => analyzeCascade(cascade), { warmup: 30, minRuns: runs, maxRuns: runs })) + '\n');
