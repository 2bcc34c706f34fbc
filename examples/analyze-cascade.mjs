// Run the whole cascade on the bundled documents and print what happened to the targets.
import { analyzeCascade, parseDocument } from 'policy-cascade';
import { bundledChain, readBundled } from './bundled-data.mjs';

const files = bundledChain(); // highest level first
const docs = files.map((file) => parseDocument(readBundled(file), { name: file }));
const report = analyzeCascade(docs);

for (const pair of report.pairs) {
  const { parent, child, summary, referenceShare } = pair;
  console.log(`\n${parent.level} → ${child.level}${pair.skipLevel ? ' (skip level)' : ''}: ${child.title}`);
  console.log(`  tasks: ${summary.tasks.linked} linked, ${summary.tasks.dropped} dropped, ${summary.tasks.added} added`);
  console.log(`  targets: ${JSON.stringify(summary.targets)}`);
  if (referenceShare.value !== null) {
    console.log(`  reference share ${referenceShare.value.toFixed(3)} (${referenceShare.source} of ${referenceShare.count})`);
  }
  // intensive targets relaxed on the way down: the clearest signal of 层层衰减
  for (const c of pair.targetChanges) {
    if (c.change !== 'relaxed' || c.share !== undefined) continue;
    const p = c.parentTarget;
    const k = c.childTarget;
    console.log(`  relaxed: ${p.metric} ${p.value}${p.unit} → ${k.value}${k.unit} (task ${c.parent} → ${c.child})`);
  }
}
