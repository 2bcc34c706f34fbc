import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DATA_DIR = resolve(__dirname, '../../data');
export const GOLD_DIR = resolve(__dirname, '../fixtures/dev-gold');

export const FILES = {
  province: 'shandong-2023-key-tasks-interpretation.txt',
  city: 'liaocheng-2023-key-tasks.txt',
  cityReading: 'liaocheng-2023-key-tasks-interpretation.txt',
  county: 'guanxian-2023-key-tasks.txt',
  plan: 'liaocheng-luxi-rise-plan-2023-2025.txt',
} as const;

export function readData(name: keyof typeof FILES): string {
  return readFileSync(resolve(DATA_DIR, FILES[name]), 'utf8');
}
