import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../src/index.js';
import { TARGET_COLUMNS } from '../src/report/index.js';
import { sampleGapReport } from './fixtures/report/sample-gap-report.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('renderXlsx', () => {
  it('writes summary, tasks and targets sheets with frozen, filterable headers and numeric cells', async () => {
    const bytes = await renderXlsx(sampleGapReport);
    mkdirSync(resolve(__dirname, '../test-output'), { recursive: true });
    writeFileSync(resolve(__dirname, '../test-output/report.xlsx'), bytes);
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '任务', '目标']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getRow(1).font?.bold).toBe(true);
    }

    const targets = wb.getWorksheet('目标')!;
    const total = sampleGapReport.pairs.reduce((n, p) => n + p.targetChanges.length, 0);
    expect(targets.rowCount).toBe(total + 1);
    expect(targets.getRow(1).getCell(1).value).toBe('层级对');
    const col = (key: string): number => TARGET_COLUMNS.indexOf(key as (typeof TARGET_COLUMNS)[number]) + 1;
    const relaxedRow = [...Array(total).keys()]
      .map((i) => targets.getRow(i + 2))
      .find((r) => r.getCell(col('metric')).value === '专利授权量增长')!;
    expect(relaxedRow.getCell(col('parent_value')).value).toBe(18);
    expect(relaxedRow.getCell(col('parent_value')).type).toBe(ExcelJS.ValueType.Number);
    expect(relaxedRow.getCell(col('child_value')).value).toBe(5);
    // Chinese values with the Chinese labels: no English enum word in any cell of any sheet
    expect(relaxedRow.getCell(col('change')).value).toBe('放宽');
    expect(relaxedRow.getCell(col('parent_comparator')).value).toBe('以上');
    expect(relaxedRow.getCell(col('kind')).value).toBe('强度');
    expect(relaxedRow.getCell(col('pair')).value).toBe('青河市 → 临水县');
    const shareRow = [...Array(total).keys()].map((i) => targets.getRow(i + 2)).find((r) => typeof r.getCell(col('share')).value === 'number')!;
    expect(shareRow.getCell(col('share')).numFmt).toBe('0.0%');
    expect(shareRow.getCell(col('reference_share')).numFmt).toBe('0.0%');
    const english = /^(relaxed|raised|kept|dropped|added|deferred|below|above|proportional|extensive|intensive|linked|median|option|province|city|county|ge|le|eq|gt|lt|approx|\d+-\d+)$/;
    for (const ws of wb.worksheets) {
      ws.eachRow((row, n) => {
        if (n === 1) return;
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(english);
        });
      });
    }
    // task ids stay text, booleans are booleans
    expect(relaxedRow.getCell(col('child_task')).type).toBe(ExcelJS.ValueType.String);
    expect(typeof relaxedRow.getCell(col('share_is_one')).value).toBe('boolean');
    // Columns are wide enough for their header.
    expect(targets.getColumn(col('parent_title')).width).toBeGreaterThanOrEqual(10);

    const tasks = wb.getWorksheet('任务')!;
    const statuses = tasks.getColumn(3).values.slice(2);
    expect(statuses.filter((s) => s === '已对应')).toHaveLength(10);
    expect(statuses.filter((s) => s === '未承接')).toHaveLength(4);
    const scoreCell = tasks.getRow(2).getCell(5);
    expect(scoreCell.type).toBe(ExcelJS.ValueType.Number);

    const summary = wb.getWorksheet('汇总')!;
    expect(summary.rowCount).toBe(4);
    expect(summary.getRow(3).getCell(9).value).toBe(6); // city → county: 6 linked tasks
  });

  it('uses English sheet names and headers with lang en', async () => {
    const wb = await load(await renderXlsx(sampleGapReport, { lang: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['summary', 'tasks', 'targets']);
    expect(wb.getWorksheet('targets')!.getRow(1).getCell(1).value).toBe('pair');
    const values = wb.getWorksheet('targets')!.getColumn(TARGET_COLUMNS.indexOf('change') + 1).values.slice(2);
    expect(values).toContain('relaxed');
    expect(wb.getWorksheet('targets')!.getRow(2).getCell(1).value).toMatch(/ → /);
  });
});
