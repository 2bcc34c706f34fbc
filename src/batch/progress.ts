import type { BatchResult } from './job.js';

/** Reports progress on a stream: a one-line bar redrawn in place on a terminal, plain lines otherwise. */
export interface ProgressReporter {
  update(result: BatchResult): void;
  finish(): void;
}

export interface ProgressCounts {
  ok: number;
  failed: number;
  skipped: number;
}

function formatSeconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(1)}s`;
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  total: number,
  counts: ProgressCounts,
): ProgressReporter {
  const started = performance.now();
  let done = 0;
  let lastDraw = 0;
  const tty = stream.isTTY === true;
  const draw = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastDraw < 80) return; // redraw at most ~12 times a second
    lastDraw = now;
    const elapsed = (now - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 60));
    const filled = total ? Math.round((done / total) * width) : width;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    stream.write(
      `\r${bar} ${done}/${total} ok ${counts.ok} failed ${counts.failed} skipped ${counts.skipped} ${rate.toFixed(1)}/s eta ${formatSeconds(eta)}\x1b[K`,
    );
  };
  return {
    update(result) {
      done++;
      if (tty) draw(done === total);
      else {
        const detail = result.status === 'failed' ? ` [${result.error?.code}] ${result.error?.message ?? ''}` : ` ${result.ms}ms`;
        stream.write(`[${done}/${total}] ${result.id} ${result.status}${detail}\n`);
      }
    },
    finish() {
      if (tty) {
        draw(true);
        stream.write('\n');
      }
      const secs = (performance.now() - started) / 1000;
      stream.write(
        `batch: ${counts.ok} ok, ${counts.failed} failed, ${counts.skipped} skipped of ${total} in ${formatSeconds(secs)}\n`,
      );
    },
  };
}
