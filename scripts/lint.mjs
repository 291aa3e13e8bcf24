// `npm run lint`: ESLint (eslint.config.mjs) over the sources, tests, scripts, benchmark, demo
// scripts and config files, and lit-analyzer (strict) over the Lit templates in src/. The two run
// side by side (lit-analyzer in a worker thread). Exits 1 on any error; warnings are shown only.
// `npm run lint -- --fix` lets ESLint fix what it safely can.
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// What ESLint lints; eslint.config.mjs holds the rules for each part.
const eslintTargets = ['src', 'tests', 'scripts', 'bench', 'demo/*.js', '*.{js,mjs,cjs}', '.*.{js,mjs,cjs}'];

// lit-analyzer's CSS data (vscode-css-languageservice 4.3) predates these properties, so it calls
// them unknown, nor knows the container-query at-rule. Only these exact messages are dropped; every
// other CSS finding is reported.
const cssPropertiesUnknownToLitAnalyzer = [
  'accent-color',
  'container-type',
  'content-visibility',
  'contain-intrinsic-size',
  'forced-color-adjust',
  'text-wrap',
];
const cssAtRulesUnknownToLitAnalyzer = ['container'];

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

function litAnalyzerRun() {
  const { DefaultLitAnalyzerContext, LitAnalyzer, makeConfig } = require('lit-analyzer');
  const ts = require('typescript');
  const start = performance.now();
  // The project's tsconfig.json (src/**/*.ts), with the options lit-analyzer's CLI also forces.
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  const options = { ...config.options, noEmit: true, noEmitOnError: false, allowJs: true, skipLibCheck: true };
  const program = ts.createProgram(config.fileNames, options);
  const sourceFiles = config.fileNames.map((name) => program.getSourceFile(name)).filter(Boolean);
  const context = new DefaultLitAnalyzerContext({ getProgram: () => program });
  context.updateConfig(makeConfig({ strict: true, cwd: root }));
  const analyzer = new LitAnalyzer(context);
  const problems = [];
  let ignored = 0;
  for (const file of sourceFiles) {
    for (const diagnostic of analyzer.getDiagnosticsInFile(file)) {
      const unknownProperty = /^Unknown property: '([\w-]+)'/.exec(diagnostic.message)?.[1];
      const unknownAtRule = /^Unknown at rule @([\w-]+)$/.exec(diagnostic.message)?.[1];
      if (
        diagnostic.source === 'no-invalid-css' &&
        (cssPropertiesUnknownToLitAnalyzer.includes(unknownProperty) || cssAtRulesUnknownToLitAnalyzer.includes(unknownAtRule))
      ) {
        ignored++;
        continue;
      }
      const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.location.start);
      problems.push({
        file: relative(root, file.fileName),
        line: line + 1,
        column: character + 1,
        severity: diagnostic.severity,
        message: diagnostic.message,
        rule: diagnostic.source,
      });
    }
  }
  return { files: sourceFiles.length, problems, ignored, time: seconds(start) };
}

async function eslintRun(fix) {
  const { ESLint } = await import('eslint');
  const start = performance.now();
  const eslint = new ESLint({ cwd: root, fix, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles(eslintTargets);
  if (fix) await ESLint.outputFixes(results);
  const formatter = await eslint.loadFormatter('stylish');
  const sum = (key) => results.reduce((total, result) => total + result[key], 0);
  return {
    files: results.length,
    errors: sum('errorCount') + sum('fatalErrorCount'),
    warnings: sum('warningCount'),
    report: await formatter.format(results),
    time: seconds(start),
  };
}

function runInWorker() {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url));
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`lit-analyzer worker exited with code ${code}`)));
  });
}

if (!isMainThread) {
  parentPort.postMessage(litAnalyzerRun());
} else {
  const [lit, eslint] = await Promise.all([runInWorker(), eslintRun(process.argv.includes('--fix'))]);

  if (eslint.report.trim()) console.log(eslint.report.trimEnd());
  const litErrors = lit.problems.filter((problem) => problem.severity === 'error').length;
  const litWarnings = lit.problems.length - litErrors;
  if (lit.problems.length) {
    console.log('\nlit-analyzer');
    for (const p of lit.problems) console.log(`  ${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}  (${p.rule})`);
  }

  console.log(
    `\nESLint:       ${plural(eslint.files, 'file')}, ${plural(eslint.errors, 'error')}, ` +
      `${plural(eslint.warnings, 'warning')} (${eslint.time})`,
  );
  console.log(
    `lit-analyzer: ${plural(lit.files, 'file')} in src/ (strict), ${plural(litErrors, 'error')}, ` +
      `${plural(litWarnings, 'warning')}` +
      (lit.ignored ? `, ${lit.ignored} unknown-CSS notes ignored` : '') +
      ` (${lit.time})`,
  );
  const failed = eslint.errors + litErrors > 0;
  console.log(failed ? 'lint: FAILED' : 'lint: passed');
  process.exitCode = failed ? 1 : 0;
}
