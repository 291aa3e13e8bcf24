// What a strict Content Security Policy needs from the built bundles, checked on the files a site loads.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const cdn = new URL('../../cdn/', import.meta.url);
const bundles = readdirSync(cdn, { recursive: true }).filter((name) => String(name).endsWith('.js'));

test('every cdn/ bundle is free of eval, new Function, string timers and network calls', () => {
  assert.ok(bundles.length >= 7, `found ${bundles.length} bundles`);
  for (const name of bundles) {
    const code = readFileSync(new URL(String(name), cdn), 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(/, `${name} calls eval`);
    assert.doesNotMatch(code, /\bnew\s+Function\s*\(/, `${name} calls new Function`);
    assert.doesNotMatch(code, /\bset(Timeout|Interval)\s*\(\s*["'`]/, `${name} passes a string to a timer`);
    assert.doesNotMatch(code, /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|new\s+EventSource/, `${name} makes a network call`);
  }
});

test('integrity.json lists the sha384 of every bundle and the stylesheet', () => {
  const integrity = JSON.parse(readFileSync(new URL('integrity.json', cdn), 'utf8'));
  for (const name of [...bundles.map(String), 'back-spasm-widgets.css']) {
    assert.match(integrity[name.replace(/\\/g, '/')] ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, `${name} has a sha384`);
  }
});

test('every cdn/ script starts with the compile hint, and its source map allows for that line', () => {
  for (const name of bundles) {
    const code = readFileSync(new URL(String(name), cdn), 'utf8');
    assert.equal(code.split('\n', 1)[0], '//# allFunctionsCalledOnLoad', `${name} starts with the hint`);
    const map = JSON.parse(readFileSync(new URL(`${name}.map`, cdn), 'utf8'));
    // The hint's line maps to nothing; the code's first line, the second, maps from its first column.
    assert.match(map.mappings, /^;[A-Za-z0-9+/]/, `${name}.map starts on the second line`);
  }
});
