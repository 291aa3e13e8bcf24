// The size budget of every cdn/ file: its size compressed with brotli and with gzip (as CDNs and
// servers send it) may not pass the budget kept in size-budget.json. A hashed chunk is keyed by its
// name without the hash (shared-Ab12Cd.js is shared.js). tests/node/size-budget.test.mjs checks
// it on every `npm test`; a file over budget fails the run until its budget is raised in the same
// commit, with a CHANGELOG line that says why.
//   node scripts/size-budget.mjs          the table: each file's sizes beside its budget
//   node scripts/size-budget.mjs --set    writes each budget as the file's size now plus 0.5 KB
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUDGET_FILE = `${root}size-budget.json`;
/** What a budget allows over the size it was set at. */
export const MARGIN = 512;

/** The name a cdn/ file's budget is kept under: its path, without a chunk's content hash. */
export const budgetKey = (file) => file.replace(/^(shared)-[\w-]+\.js$/, '$1.js');

/** Every script and stylesheet of cdn/ (not source maps or JSON), with its compressed sizes. */
export function measure(dir = `${root}cdn`) {
  const files = [];
  const walk = (sub) => {
    for (const entry of readdirSync(`${dir}${sub}`, { withFileTypes: true })) {
      const name = `${sub ? `${sub.slice(1)}/` : ''}${entry.name}`;
      if (entry.isDirectory()) walk(`${sub}/${entry.name}`);
      else if (/\.(js|css)$/.test(entry.name)) files.push(name);
    }
  };
  walk('');
  return files.sort().map((file) => {
    const bytes = readFileSync(`${dir}/${file}`);
    return {
      file,
      key: budgetKey(file),
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
}

/** The files over budget, without a budget, and the budgets without a file. */
export function check(sizes, budgets) {
  const problems = [];
  for (const { file, key, brotli, gzip } of sizes) {
    const budget = budgets[key];
    if (!budget) {
      problems.push(`cdn/${file} has no budget in size-budget.json: run \`node scripts/size-budget.mjs --set\` and say why in CHANGELOG.md.`);
      continue;
    }
    for (const [kind, size] of [['brotli', brotli], ['gzip', gzip]]) {
      if (size > budget[kind]) {
        problems.push(
          `cdn/${file} is ${size} B with ${kind}, over its budget of ${budget[kind]} B by ${size - budget[kind]} B: ` +
            'make it smaller, or raise its budget in size-budget.json in the same commit, with a CHANGELOG line that says why.',
        );
      }
    }
  }
  const keys = new Set(sizes.map(({ key }) => key));
  for (const key of Object.keys(budgets)) if (!keys.has(key)) problems.push(`size-budget.json has a budget for ${key}, which cdn/ no longer has.`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure();
  if (process.argv.includes('--set')) {
    const budgets = Object.fromEntries(sizes.map(({ key, brotli, gzip }) => [key, { brotli: brotli + MARGIN, gzip: gzip + MARGIN }]));
    writeFileSync(BUDGET_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
    console.log(`size-budget.json: ${sizes.length} budgets, each the size now plus ${MARGIN} B.`);
  }
  const budgets = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
  console.log('| File in cdn/ | brotli / budget (B) | gzip / budget (B) |\n| --- | --- | --- |');
  for (const { file, key, brotli, gzip } of sizes) {
    console.log(`| ${file} | ${brotli} / ${budgets[key]?.brotli ?? '-'} | ${gzip} / ${budgets[key]?.gzip ?? '-'} |`);
  }
  const problems = check(sizes, budgets);
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
