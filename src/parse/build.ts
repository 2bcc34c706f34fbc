import type { Section, Span, Target, Task, Warning } from '../model/index.js';
import type { NormalizedText } from '../normalize/index.js';
import { extractTargets } from '../targets/index.js';
import { LineIndex } from './lines.js';

/** Collects sections, tasks and warnings while a document is read, with offsets mapped to the original. */
export class DocumentBuilder {
  readonly sections: Section[] = [];
  readonly tasks: Task[] = [];
  readonly warnings: Warning[] = [];
  private readonly lineIndex: LineIndex;
  private readonly byPath = new Map<string, Section>();

  constructor(
    readonly norm: NormalizedText,
    private readonly options: { name?: string; targets: boolean; referenceYear?: number | undefined },
  ) {
    this.lineIndex = new LineIndex(norm.original);
  }

  span(start: number, end: number): Span {
    return this.norm.toOriginalSpan(start, end);
  }

  warn(code: string, message: string, range?: [number, number]): void {
    const w: Warning = { code, message };
    if (range) {
      w.span = this.span(range[0], range[1]);
      const pos = this.lineIndex.position(w.span.start);
      w.line = pos.line;
      w.column = pos.column;
    }
    if (this.options.name !== undefined) w.source = this.options.name;
    this.warnings.push(w);
  }

  addSection(section: Omit<Section, 'span' | 'taskIds'> & { range: [number, number] }): Section {
    const { range, ...rest } = section;
    const s: Section = { ...rest, span: this.span(range[0], range[1]), taskIds: [] };
    this.sections.push(s);
    this.byPath.set(s.path.join('\u0000'), s);
    return s;
  }

  /**
   * Add a task whose text is text[textRange] of the normalised text, with internal line breaks removed
   * when `compact` (interpretation headings broken over lines). Targets are extracted from the text and
   * their spans mapped back to the original.
   */
  addTask(task: {
    id: string;
    sectionPath: string[];
    range: [number, number];
    headingRange: [number, number];
    textRange: [number, number];
    leadUnits?: string[];
    supportUnits?: string[];
    compact?: boolean;
    /**
     * Cells of a table row making up the text, joined with 。 where a cell ends without one. A piece may be
     * put together from several ranges (a column's name, the cell's number, the unit its header states:
     * 投资金额 + 300 + 万元); its characters outside `at` (the cell) are placed at the cell's edges.
     */
    textPieces?: Array<[number, number] | { ranges: Array<[number, number]>; at: [number, number] }>;
  }): Task {
    const { text: normText } = this.norm;
    const [ts, te] = task.textRange;
    let text = normText.slice(ts, te);
    let positions: number[] | undefined;
    if (task.textPieces && task.textPieces.length > 1) {
      positions = [];
      let out = '';
      for (const piece of task.textPieces) {
        if (out.length > 0 && !/[。；！？]$/.test(out)) {
          out += '。';
          positions.push(positions[positions.length - 1]!);
        }
        const ranges = Array.isArray(piece) ? [piece] : piece.ranges;
        const at = Array.isArray(piece) ? undefined : piece.at;
        let seenCell = false;
        for (const [ps, pe] of ranges) {
          const inCell = !at || (ps >= at[0] && pe <= at[1]);
          if (inCell) seenCell = true;
          for (let i = ps; i < pe; i++) {
            if (normText[i] === '\n') continue;
            out += normText[i];
            positions.push(inCell ? i : seenCell ? at![1] - 1 : at![0]);
          }
        }
      }
      text = out;
    } else if (task.compact && text.includes('\n')) {
      positions = [];
      let out = '';
      for (let i = ts; i < te; i++) {
        if (normText[i] === '\n') continue;
        out += normText[i];
        positions.push(i);
      }
      text = out;
    }
    const heading = normText.slice(task.headingRange[0], task.headingRange[1]).replace(/\n/g, '');
    const toNorm = (i: number): number => (positions ? (i < positions.length ? positions[i]! : te) : ts + i);
    const toNormEnd = (e: number): number => (positions ? (e === 0 ? ts : positions[e - 1]! + 1) : ts + e);
    let targets: Target[] = [];
    if (this.options.targets) {
      const year = this.options.referenceYear;
      // the text is normalised (simplified) already
      targets = extractTargets(text, year === undefined ? { traditional: false } : { referenceYear: year, traditional: false }).map((t) => ({
        ...t,
        span: this.span(toNorm(t.span.start), toNormEnd(t.span.end)),
      }));
    }
    const t: Task = {
      id: task.id,
      index: this.tasks.length,
      sectionPath: task.sectionPath,
      heading,
      text,
      leadUnits: task.leadUnits ?? [],
      supportUnits: task.supportUnits ?? [],
      span: this.span(task.range[0], task.range[1]),
      headingSpan: this.span(task.headingRange[0], task.headingRange[1]),
      targets,
    };
    this.tasks.push(t);
    // register the task with every enclosing section
    for (let depth = 1; depth <= task.sectionPath.length; depth++) {
      const path = task.sectionPath.slice(0, depth).join('\u0000');
      this.byPath.get(path)?.taskIds.push(t.id);
    }
    return t;
  }
}
