export interface PortalPage {
  title: string;
  meta: Array<[string, string]>;
  paragraphs: string[];
  metaStyle?: 'table' | 'pipes' | 'lines';
  charset?: string;
}
export interface DecompositionTable {
  title: string;
  intro: string[];
  parts: Array<{ heading: string; tasks: Array<{ text: string; lead: string[]; support: string[]; due: string }> }>;
}
export function portalPage(page: PortalPage): string;
export function portalPageBytes(page: PortalPage, encoding?: 'utf-8' | 'gbk'): Buffer;
export function splitBundledList(text: string, metaLines: number): { meta: Array<[string, string]>; paragraphs: string[] };
export function docxOfParagraphs(paragraphs: string[], options?: { autoNumber?: boolean }): Promise<Buffer>;
export function docxDecompositionTable(table: DecompositionTable): Promise<Buffer>;
export function htmlDecompositionTable(table: DecompositionTable): string;
export function pdfOfParagraphs(
  paragraphs: string[],
  options?: { header?: string; pageNumber?: (n: number) => string; scan?: boolean; encrypt?: boolean; maxPages?: number },
): Buffer;
