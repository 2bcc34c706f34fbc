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

function formatSeconds(s: number, lang: 'zh' | 'en'): string {
  const [m, sec] = lang === 'zh' ? ['分', '秒'] : ['m', 's'];
  return s >= 60 ? `${Math.floor(s / 60)}${m}${String(Math.round(s % 60)).padStart(2, '0')}${sec}` : `${s.toFixed(1)}${sec}`;
}

/** Words of the progress lines per language (status words included: ok, failed, skipped). */
const PROGRESS_WORDS = {
  zh: { ok: '成功', failed: '失败', skipped: '跳过', eta: '预计剩余', perSecond: '份/秒', summary: '批处理', of: '共', in: '用时' },
  en: { ok: 'ok', failed: 'failed', skipped: 'skipped', eta: 'eta', perSecond: '/s', summary: 'batch', of: 'of', in: 'in' },
} as const;

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  total: number,
  counts: ProgressCounts,
  lang: 'zh' | 'en' = 'zh',
): ProgressReporter {
  const W = PROGRESS_WORDS[lang];
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
      `\r${bar} ${done}/${total} ${W.ok} ${counts.ok} ${W.failed} ${counts.failed} ${W.skipped} ${counts.skipped} ${rate.toFixed(1)}${W.perSecond} ${W.eta} ${formatSeconds(eta, lang)}\x1b[K`,
    );
  };
  return {
    update(result) {
      done++;
      if (tty) draw(done === total);
      else {
        const message = (lang === 'zh' ? result.error?.messageZh : undefined) ?? result.error?.message ?? '';
        const detail = result.status === 'failed' ? ` [${result.error?.code}] ${message}` : ` ${result.ms}${lang === 'zh' ? ' 毫秒' : 'ms'}`;
        stream.write(`[${done}/${total}] ${result.id} ${W[result.status]}${detail}\n`);
      }
    },
    finish() {
      if (tty) {
        draw(true);
        stream.write('\n');
      }
      const secs = (performance.now() - started) / 1000;
      stream.write(
        lang === 'zh'
          ? `${W.summary}：${W.of} ${total} 份，${W.ok} ${counts.ok}，${W.failed} ${counts.failed}，${W.skipped} ${counts.skipped}，${W.in} ${formatSeconds(secs, lang)}\n`
          : `batch: ${counts.ok} ok, ${counts.failed} failed, ${counts.skipped} skipped of ${total} in ${formatSeconds(secs, lang)}\n`,
      );
    },
  };
}
