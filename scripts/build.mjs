// Builds dist/ (unbundled ES modules with .d.ts, for bundlers and Node) and cdn/ (self-contained,
// minified ES modules that a site loads with one script tag).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => `${root}node_modules/.bin/${name}`;

rmSync(`${root}dist`, { recursive: true, force: true });
rmSync(`${root}cdn`, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
