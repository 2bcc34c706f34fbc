import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BATCH_NODE_FLAGS } from '../src/batch/defaults.js';
import { nodeFlagsFor } from '../src/cli/relaunch.js';

describe('which CLI calls relaunch node with the batch flags', () => {
  it('a batch that keeps every core analysing, whatever comes before the command', () => {
    expect(nodeFlagsFor(['batch', 'dir', '--out', 'o'])).toEqual(BATCH_NODE_FLAGS); // default: a worker per core
    expect(nodeFlagsFor(['--lang', 'en', 'batch', 'dir', '--workers', '64'])).toEqual(BATCH_NODE_FLAGS);
    expect(nodeFlagsFor(['--lang=en', 'batch', 'dir', '--workers=64'])).toEqual(BATCH_NODE_FLAGS);
  });

  it('not other commands, a batch leaving cores idle, or a --workers value the CLI will reject', () => {
    expect(nodeFlagsFor(['parse', 'batch'])).toEqual([]);
    expect(nodeFlagsFor(['batch', 'dir', '--workers', 'many'])).toEqual([]);
    expect(nodeFlagsFor([])).toEqual([]);
    expect(nodeFlagsFor(['batch', 'dir', '--workers', '0'])).toEqual([]);
    if (availableParallelism() > 1) expect(nodeFlagsFor(['batch', 'dir', '--workers', '1'])).toEqual([]);
  });
});
