// Builds wordpress/build/back-spasm-widgets.zip: the plugin, and the library's cdn/ files
// unchanged (without source maps) in assets/<version>/. Builds cdn/ first if it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(root, 'wordpress', 'back-spasm-widgets');
const cdn = join(root, 'cdn');
const out = join(root, 'wordpress', 'build', 'back-spasm-widgets.zip');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (!existsSync(join(cdn, 'integrity.json'))) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
const posix = (path) => path.split(sep).join('/');

/** @type {Array<[string, Buffer]>} */
const entries = [];
for (const file of walk(plugin)) {
  let data = readFileSync(file);
  const name = posix(relative(plugin, file));
  // The plugin's version is the library's: its header, constant and readme follow package.json.
  if (name === 'back-spasm-widgets.php' || name === 'readme.txt') {
    data = Buffer.from(
      data
        .toString('utf8')
        .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
        .replace(/('BACK_SPASM_WIDGETS_VERSION', ')[^']*'/, `$1${version}'`)
        .replace(/^(Stable tag:\s+).*$/m, `$1${version}`),
    );
  }
  entries.push([`back-spasm-widgets/${name}`, data]);
}
const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
for (const file of walk(cdn)) {
  const name = posix(relative(cdn, file));
  if (name.endsWith('.map')) continue;
  if (name !== 'integrity.json' && name !== 'imports.json' && !(name in integrity)) {
    throw new Error(`cdn/${name} is not in cdn/integrity.json: run npm run build`);
  }
  entries.push([`back-spasm-widgets/assets/${version}/${name}`, readFileSync(file)]);
}

// A plain zip (deflate), readable by WordPress's unzip (ZipArchive or PclZip).
const local = [];
const central = [];
let offset = 0;
const time = 0; // 1980-01-01 00:00, so the same files give the same zip.
const date = (0 << 9) | (1 << 5) | 1;
for (const [name, data] of entries) {
  const nameBuf = Buffer.from(name, 'utf8');
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(0x0800, 6); // UTF-8 names
  head.writeUInt16LE(8, 8);
  head.writeUInt16LE(time, 10);
  head.writeUInt16LE(date, 12);
  head.writeUInt32LE(crc, 14);
  head.writeUInt32LE(packed.length, 18);
  head.writeUInt32LE(data.length, 22);
  head.writeUInt16LE(nameBuf.length, 26);
  head.writeUInt16LE(0, 28);
  local.push(head, nameBuf, packed);
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(0x0314, 4); // made by Unix, zip 2.0
  dir.writeUInt16LE(20, 6);
  dir.writeUInt16LE(0x0800, 8);
  dir.writeUInt16LE(8, 10);
  dir.writeUInt16LE(time, 12);
  dir.writeUInt16LE(date, 14);
  dir.writeUInt32LE(crc, 16);
  dir.writeUInt32LE(packed.length, 20);
  dir.writeUInt32LE(data.length, 24);
  dir.writeUInt16LE(nameBuf.length, 28);
  dir.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  dir.writeUInt32LE(offset, 42);
  central.push(dir, nameBuf);
  offset += head.length + nameBuf.length + packed.length;
}
const centralSize = central.reduce((n, b) => n + b.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(entries.length, 8);
end.writeUInt16LE(entries.length, 10);
end.writeUInt32LE(centralSize, 12);
end.writeUInt32LE(offset, 16);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat([...local, ...central, end]));
console.log(`${posix(relative(root, out))}: ${entries.length} files, ${Math.round(statSync(out).size / 1024)} KB`);
