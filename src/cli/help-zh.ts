/**
 * `--help` in the CLI's language (Chinese by default, English with --lang en). The commands are declared
 * in English; for Chinese every description is looked up here, and commander's own words (Usage:,
 * Options:, choices, default) are replaced. A description missing here stays English (a test checks none is).
 */
import { Help, type Command } from 'commander';

const ZH: Readonly<Record<string, string>> = {
  // program and global options
  'Align Chinese government task lists across levels and report what happened to every target.':
    '逐级对照各级政府任务清单（省 → 市 → 县），报告每个量化目标的去向：保持、放宽、加码、删去或新增。',
  'language of messages, help and report labels': '提示、帮助和报告标签的语言',
  'print the version': '显示版本号',
  'display help for command': '显示帮助',
  // input options
  'refuse input files larger than this (e.g. 500k, 50MB; default 20MB)': '拒绝大于此大小的输入文件（如 500k、50MB；默认 20MB）',
  'report format: json, md, csv, xlsx, html': '报告格式：json、md、csv、xlsx、html',
  'text encoding of the input files (default: detect UTF-8 / UTF-16 / GB18030)': '输入文件的文本编码（默认自动识别 UTF-8 / UTF-16 / GB18030）',
  'treat warnings as errors: exit 3 and write nothing if there is any warning': '把警告当作错误：有任何警告时以状态 3 退出，不写出任何结果',
  // parse
  'parse one document and print its outline (or the model as JSON)': '解析一份文件，打印其结构（或以 JSON 输出文件模型）',
  'a task list, interpretation or implementation plan (plain text)': '任务清单、政策解读或实施方案（纯文本、HTML、DOCX 或 PDF）',
  'print the document model as JSON: { schemaVersion, document }': '以 JSON 输出文件模型：{ schemaVersion, document }',
  'write to this file instead of stdout (nothing is written on failure)': '写入此文件而不是标准输出（失败时不写任何内容）',
  'override the inferred level': '指定层级，代替自动识别',
  'override the detected genre': '指定文件类型，代替自动识别',
  'skip target extraction': '不提取目标',
  // align
  'align the tasks of a lower-level list (child) with the higher-level list (parent) it implements': '把下级清单的任务对应到它所落实的上级清单任务',
  'the lower-level document, e.g. the county list': '下级文件，如县级清单',
  'the higher-level document, e.g. the city list or the provincial interpretation': '上级文件，如市级清单或省级政策解读',
  'print { schemaVersion, child, parent, links, droppedParents, addedChildren, sections, droppedParentSections, warnings }':
    '以 JSON 输出 { schemaVersion, child, parent, links, droppedParents, addedChildren, sections, droppedParentSections, warnings }',
  'minimum score for an in-order link (0-1)': '按顺序对应的最低得分（0–1）',
  'keep the documents in the order given even when their levels say otherwise': '即使识别出的层级与给定顺序不符，也按给定顺序处理',
  // analyze
  'gap analysis of documents given from the highest level to the lowest (province city county)': '逐级对照分析，文件按层级从高到低给出（省 市 县）',
  'two or more documents, highest level first': '两份或更多文件，层级高的在前',
  'shorthand for --format json': '等同于 --format json',
  'write the report to this file (required for xlsx on a terminal; nothing is written on failure)':
    '把报告写入此文件（终端上输出 xlsx 时必须指定；失败时不写任何内容）',
  'expected share of the child in extensive parent targets: 0-1 or a percentage such as 12.8% (default: median share)':
    '下级在上级总量目标中的应有份额：0–1 之间的小数或百分数，如 12.8%（默认取份额中位数）',
  'relative tolerance around the reference share counted as proportional (default 0.25)': '参考份额上下视为相当的相对容差（默认 0.25）',
  // batch
  'analyse many documents against their parents (manifest or directory), across worker threads': '批量分析多份文件与其上级文件（清单文件或目录），多线程并行',
  'a manifest.json ({documents:[{file, parent?, id?}]}) or a directory of <parent>--<child>.txt files':
    'manifest.json（{documents:[{file, parent?, id?}]}）或由 <上级>--<下级>.txt 文件组成的目录',
  'directory for the reports (<id>.<format>); existing reports are skipped': '报告输出目录（<id>.<格式>）；已有的报告跳过',
  'report format': '报告格式',
  'worker threads (default: the number of cores; 0 = in the main thread)': '工作线程数（默认为 CPU 核数；0 表示在主线程中运行）',
  'redo documents whose report already exists': '重新分析已有报告的文件',
  'analyse at most this many levels above each document (default: the whole chain)': '每份文件最多向上分析的层级数（默认整条链）',
  'run only shard i of n (split a big manifest across machines)': '只运行 n 份中的第 i 份（把大批量任务分到多台机器）',
  'heap limit of each worker thread in MB (default 160; raise it for very large documents)': '每个工作线程的堆内存上限，单位 MB（默认 160；文件很大时调高）',
  'no progress output on stderr': '不在标准错误输出进度',
  // demo
  'analyse the bundled province → city → county documents and write HTML, XLSX, CSV and Markdown reports':
    '分析随包附带的省 → 市 → 县文件，写出 HTML、XLSX、CSV 和 Markdown 报告',
  'where to write the reports (created if missing; its parent folder must exist)': '报告的输出目录（不存在时创建，但其上级目录必须存在）',
  'print the summary only': '只打印摘要',
  'write the summary to this file instead of stdout': '把摘要写入此文件而不是标准输出',
  // schema
  'print the JSON Schema of the JSON output (report: analyze --format json; document: parse --json; alignment: align --json; batch: one line of batch output)':
    '打印 JSON 输出的 JSON Schema（report：analyze --format json；document：parse --json；alignment：align --json；batch：batch 输出的一行）',
  'which schema': '哪一个 Schema',
  'write to this file': '写入此文件',
  // help command
  'display help for command ': '显示命令的帮助',
};

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

/** commander's "(choices: …, default: …)" in Chinese. */
function extrasZh(text: string): string {
  return text.replace(/ ?\((?:choices|default): .*\)$/, (m) =>
    `（${m.trim().slice(1, -1).replace('choices: ', '可选：').replace(', default: ', '；默认：').replace('default: ', '默认：')}）`,
  );
}

/** The Chinese description for an English one; the English one when there is none. */
export function helpTextZh(english: string): string {
  return ZH[english] ?? english;
}

/** Put a program's help (all its commands, options and arguments) into Chinese. */
export function localiseHelpZh(program: Command): void {
  const plain = new Help();
  const visit = (cmd: Command): void => {
    cmd.description(helpTextZh(cmd.description()));
    for (const opt of cmd.options) opt.description = helpTextZh(opt.description);
    for (const arg of cmd.registeredArguments) arg.description = helpTextZh(arg.description);
    cmd.helpOption('-h, --help', ZH['display help for command']);
    cmd.configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      optionDescription: (option) => extrasZh(plain.optionDescription(option)),
      argumentDescription: (argument) => extrasZh(plain.argumentDescription(argument)),
    });
    for (const sub of cmd.commands) visit(sub);
  };
  program.helpCommand('help [command]', ZH['display help for command ']);
  visit(program);
}
