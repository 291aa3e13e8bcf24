// Snippet builder: a form for one widget's attributes, a live preview, and the code to paste.
// Plain DOM code with no dependencies. Every piece of text goes in with textContent or
// setAttribute, never innerHTML. This page may fetch (package.json, integrity.json); the widgets never do.
// It reads booking addresses with the widget's own rule, from the built module.
import { httpsAddressForHostName } from '../dist/internal/attributes.js';
// The countries with a cited emergency number, from the widget's own table.
import { emergencyNumbers } from '../dist/content/emergency-numbers.js';

/** jsDelivr serves every published version of the package; the snippet pins one. */
const JSDELIVR = 'https://cdn.jsdelivr.net/npm/';

/** A booking address typed without https://: what the widget will make of it, in plain words. */
function bookingUrlNote(value) {
  const address = httpsAddressForHostName(value);
  if (!address) return '';
  return `This has no https:// at the start, so the widget reads it as ${address}. Type the whole address to be sure.`;
}

const THEME = {
  name: 'theme',
  label: 'Colour scheme',
  type: 'select',
  options: [
    ['', 'Default (follows the device)'],
    ['auto', 'auto (follows the device)'],
    ['light', 'light'],
    ['dark', 'dark'],
  ],
};

/** English names of countries, by ISO 3166 code; the code itself where the browser has no names. */
function countryName(code) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country select: "Not set", then every country of the widget's table by name, with its number. */
const REGION = {
  name: 'region',
  label: 'Country',
  type: 'select',
  options: [
    ['', 'Not set'],
    ...[...emergencyNumbers()]
      .map(([code, { number }]) => [code, `${countryName(code)} (${number})`])
      .sort((a, b) => a[1].localeCompare(b[1], 'en')),
  ],
  hint:
    'Where your visitors are: it chooses the emergency number, the 24-hour health line and the medicine’s name. ' +
    'Not set, the widget uses the country in your page’s language tag (such as en-GB); without one, it says ' +
    '“Call 911, or your local emergency number”. A country not listed has no cited number: type its number below.',
};

/** What each widget accepts, in the words of a site owner. Values are passed through as typed. */
const ELEMENTS = {
  'red-flag-checker': {
    label: 'Red-flag checker',
    file: 'red-flag-checker.js',
    fallbackExample: 'Worried about your back? Call us on 604 555 0100.',
    attributes: [
      { name: 'clinic-name', label: 'Clinic name', type: 'text', placeholder: 'Westside Spine', hint: 'Shown on the call and booking buttons.' },
      { name: 'clinic-phone', label: 'Clinic phone number', type: 'tel', placeholder: '+1 604 555 0100', hint: 'Offered as a call link when a visitor should see a doctor soon.' },
      { name: 'booking-url', label: 'Booking page address', type: 'url', placeholder: 'https://westside.example/book', hint: 'The whole address, starting with https://.', note: bookingUrlNote },
      REGION,
      { name: 'emergency-number', label: 'Emergency number', type: 'tel', placeholder: '911', hint: 'Leave empty for the number of the country above (region), or of the region in your page’s language (for example es-ES gives 112); with neither, 911 and the words “or your local emergency number”. A number typed here is used everywhere instead.' },
      { name: 'heading', label: 'Heading', type: 'text', placeholder: 'Check your back spasm', hint: 'Leave empty for the default heading in the widget’s language.' },
      { name: 'heading-level', label: 'Heading level', type: 'number', min: 1, max: 6, placeholder: '2', hint: '1 to 6 (default 2): match the headings around the widget on your page.' },
      THEME,
    ],
  },
  'ice-heat-timer': {
    label: 'Ice and heat timer',
    file: 'ice-heat-timer.js',
    fallbackExample: 'Ice for 15 to 20 minutes, wrapped in a cloth.',
    attributes: [
      { name: 'duration', label: 'Session length (minutes)', type: 'number', min: 5, max: 20, placeholder: '15', hint: '5 to 20 minutes (default 15).' },
      {
        name: 'mode',
        label: 'Ice or heat',
        type: 'select',
        options: [
          ['', 'Default (from when it started)'],
          ['auto', 'auto (from when it started)'],
          ['ice', 'ice'],
          ['heat', 'heat'],
        ],
      },
      { name: 'started', label: 'When the spasm started', type: 'text', placeholder: '2026-11-20T08:30', hint: 'Usually left empty: visitors answer this in the widget. Format: year-month-dayThour:minute.' },
      {
        name: 'sound',
        label: 'Chime at the end of a session',
        type: 'select',
        options: [
          ['', 'Default: on'],
          ['on', 'on'],
          ['off', 'off'],
        ],
      },
      THEME,
    ],
  },
  'prevention-checklist': {
    label: 'Prevention checklist',
    file: 'prevention-checklist.js',
    fallbackExample: 'Stay active, lift with your legs and drink enough water.',
    attributes: [
      { name: 'categories', label: 'Categories to show', type: 'text', placeholder: 'posture, movement, lifting', hint: 'Leave empty for all. Separate with commas: posture, movement, lifting, nutrition, weight, stress-sleep, footwear, smoking.' },
      { name: 'heading', label: 'Heading', type: 'text', placeholder: 'Prevent the next spasm', hint: 'Leave empty for the default heading in the widget’s language.' },
      { name: 'heading-level', label: 'Heading level', type: 'number', min: 2, max: 6, placeholder: '2', hint: '2 to 6 (default 2).' },
      THEME,
    ],
  },
};

/** The shared colour custom properties, with the widgets' own defaults (light scheme). */
const COLOURS = [
  { id: 'color-accent', property: '--bsw-accent', initial: '#0b5cad' },
  { id: 'color-surface', property: '--bsw-surface', initial: '#ffffff' },
  { id: 'color-text', property: '--bsw-text', initial: '#1b1f24' },
];
const RADIUS = { id: 'radius', property: '--bsw-radius', initial: '12' };

const SCRIPT_FILES = {
  element: null, // the chosen widget's own file
  all: 'back-spasm-widgets.js',
  classic: 'back-spasm-widgets.classic.js',
};

const $ = (selector) => document.querySelector(selector);
const form = $('#builder-form');
const elementSelect = $('#element');
const attributeFields = $('#attribute-fields');
const preview = $('#preview');
const snippetCode = $('#snippet');
const copyButton = $('#copy');
const copyStatus = $('#copy-status');
const messageList = $('#messages');
const messagesEmpty = $('#messages-empty');
const baseField = $('#cdn-base');
const baseWarning = $('#cdn-base-warning');
const snippetWarning = $('#snippet-warning');
// Where the hidden copy of the widget renders (see "Messages from the widget"): in a shadow root, so
// the page's scripts still find one widget, the preview.
const probeHolder = document.createElement('div');
probeHolder.hidden = true;
document.body.append(probeHolder);
const probeRoot = probeHolder.attachShadow({ mode: 'open' });

/** The values typed for each widget, kept when switching between widgets. */
const typed = Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, {}]));
let version = 'VERSION';
/** File name (relative to cdn/) to its sha384 hash, once integrity.json has loaded. */
let integrity = {};
/** Module file (relative to cdn/) to the files it imports, once imports.json has loaded. */
let imports = {};

// ---------------------------------------------------------------------------------------------
// The form

function fieldId(name) {
  return `attr-${name}`;
}

/** One labelled control for an attribute, with its hint tied to it by aria-describedby. */
function attributeField(tag, attribute) {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const id = fieldId(attribute.name);
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = attribute.label;
  const code = document.createElement('code');
  code.textContent = ` ${attribute.name}`;
  code.className = 'attr-name';
  label.append(' ', code);

  let control;
  if (attribute.type === 'select') {
    control = document.createElement('select');
    for (const [value, text] of attribute.options) control.add(new Option(text, value));
  } else {
    control = document.createElement('input');
    control.type = attribute.type;
    control.autocomplete = 'off';
    if (attribute.placeholder) control.placeholder = `e.g. ${attribute.placeholder}`;
    if (attribute.type === 'number') {
      // min and max only guide the spinner: out-of-range values are passed through on purpose.
      control.min = String(attribute.min);
      control.max = String(attribute.max);
      control.step = '1';
      control.inputMode = 'numeric';
    }
    if (attribute.type === 'url') control.inputMode = 'url';
  }
  control.id = id;
  control.name = attribute.name;
  control.dataset.attribute = attribute.name;
  control.value = typed[tag][attribute.name] ?? '';
  wrapper.append(label, control);

  if (attribute.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = attribute.hint;
    control.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  if (attribute.note) {
    // Filled in as the site owner types (see showFieldNotes).
    const note = document.createElement('p');
    note.className = 'field-warning';
    note.id = `${id}-note`;
    note.textContent = attribute.note(control.value);
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
    wrapper.append(note);
  }
  return wrapper;
}

/** The widget whose fields are on show. */
let shownTag = '';

/**
 * Shows the fields of the chosen widget, with what was typed for it before. The fields on show are
 * kept first: a menu changed with the keyboard fires input (read by readForm) before change.
 */
function showAttributeFields(tag) {
  if (tag === shownTag) return;
  for (const control of attributeFields.querySelectorAll('[data-attribute]')) typed[shownTag][control.dataset.attribute] = control.value;
  shownTag = tag;
  $('#fallback').placeholder = `e.g. ${ELEMENTS[tag].fallbackExample}`;
  const legend = document.createElement('legend');
  legend.textContent = `${ELEMENTS[tag].label} options`;
  attributeFields.replaceChildren(legend, ...ELEMENTS[tag].attributes.map((attribute) => attributeField(tag, attribute)));
}

/** Everything the form says, read fresh each time. */
function readForm() {
  const tag = elementSelect.value;
  showAttributeFields(tag);
  const attributes = [];
  for (const attribute of ELEMENTS[tag].attributes) {
    const value = document.getElementById(fieldId(attribute.name))?.value ?? '';
    typed[tag][attribute.name] = value;
    // Empty means "use the default"; anything else goes to the widget exactly as typed.
    if (value.trim() !== '') attributes.push([attribute.name, value]);
  }
  const lang = $('#lang').value;
  if (lang) attributes.push(['lang', lang]);

  const styles = [];
  for (const colour of COLOURS) {
    const value = document.getElementById(colour.id).value;
    if (value.toLowerCase() !== colour.initial) styles.push([colour.property, value]);
  }
  const radius = document.getElementById(RADIUS.id).value.trim();
  if (radius !== '' && radius !== RADIUS.initial) styles.push([RADIUS.property, `${radius}px`]);

  return {
    tag,
    attributes,
    styles,
    lang,
    base: checkBase(baseField.value),
    scriptChoice: $('#script-file').value,
    stylesheet: $('#stylesheet').checked,
    fallback: $('#fallback').value.trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// Notes next to the fields: values the widget reads differently from how they were typed, and
// colours that make its text hard to read.

function showFieldNotes(state) {
  for (const attribute of ELEMENTS[state.tag].attributes) {
    if (!attribute.note) continue;
    const note = document.getElementById(`${fieldId(attribute.name)}-note`);
    const text = attribute.note(typed[state.tag][attribute.name] ?? '');
    if (note && note.textContent !== text) note.textContent = text;
  }
  // Unchanged words are not written again, so the live region does not repeat itself.
  const said = state.base.error || state.base.note;
  if (baseWarning.textContent !== said) baseWarning.textContent = said;
  if (state.base.error) baseField.setAttribute('aria-invalid', 'true');
  else baseField.removeAttribute('aria-invalid');
  const warning = document.getElementById('color-accent-warning');
  const text = accentWarning(document.getElementById('color-accent').value);
  // Unchanged words are not written again, so the live region does not repeat itself.
  if (warning.textContent !== text) warning.textContent = text;
  const noPhone = state.tag === 'red-flag-checker' && !state.attributes.some(([name]) => name === 'clinic-phone') ? NO_PHONE : '';
  if (snippetWarning.textContent !== noPhone) snippetWarning.textContent = noPhone;
}

/** Said beside the code while the checker's code has no clinic phone number. */
const NO_PHONE =
  'This code has no clinic phone number, so the checker’s results will have no button to call your clinic. Type the number under “Clinic phone number”.';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function relativeLuminance(hex) {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of white text on a #rrggbb background, from 1 to 21. */
function contrastWithWhite(hex) {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/** The button colour warning, or '' when white text on it is easy to read (4.5:1 or more). */
function accentWarning(hex) {
  if (!/^#[\da-f]{6}$/i.test(hex)) return '';
  const ratio = contrastWithWhite(hex);
  if (ratio >= 4.5) return '';
  // Rounded down, so a ratio just under 4.5 never reads as "4.5".
  const shown = (Math.floor(ratio * 10) / 10).toFixed(1);
  return `White button text on this colour is hard to read: its contrast is ${shown} to 1, and it needs at least 4.5 to 1. Choose a darker colour.`;
}

// ---------------------------------------------------------------------------------------------
// The live preview

let previewElement = null;

function updatePreview(state) {
  if (!previewElement || previewElement.localName !== state.tag) {
    previewElement = document.createElement(state.tag);
    preview.replaceChildren(previewElement);
  }
  const wanted = new Map(state.attributes);
  for (const name of [...previewElement.getAttributeNames()]) {
    if (name !== 'style' && !wanted.has(name)) previewElement.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (previewElement.getAttribute(name) !== value) previewElement.setAttribute(name, value);
  }
  for (const property of [...COLOURS.map((c) => c.property), RADIUS.property]) {
    previewElement.style.removeProperty(property);
  }
  for (const [property, value] of state.styles) previewElement.style.setProperty(property, value);
  if (previewElement.style.length === 0) previewElement.removeAttribute('style');

  // The fallback content a site puts inside the tag (shown only before the script loads).
  if (state.fallback) {
    const paragraph = document.createElement('p');
    paragraph.textContent = state.fallback;
    previewElement.replaceChildren(paragraph);
  } else {
    previewElement.replaceChildren();
  }
}

// ---------------------------------------------------------------------------------------------
// The snippet

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
function escapeText(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The cdn/ folder of this version on jsDelivr. */
function defaultBase() {
  return `${JSDELIVR}back-spasm-widgets@${version}/cdn/`;
}

/** This computer's own addresses: fine for testing, of no use to visitors. */
const LOOPBACK = /^(?:localhost|127\.0\.0\.1|\[::1\])$/i;
/** A folder path on the site itself, such as /wp-content/bsw/ or assets/ (the final / checked apart). */
const PATH = /^\/?(?:[\w.~%@+-]+\/)*[\w.~%@+-]*$/;
const END_WITH_SLASH = 'The address must end with / (the folder that holds red-flag-checker.js and the other files).';

/**
 * The address typed under "Where the files are served from", checked: the base the snippet uses,
 * what is wrong with the typed one (error, '' when nothing) and where a usable one works (note). A
 * refused address leaves the snippet on jsDelivr, so the code on screen always works.
 */
function checkBase(value) {
  const text = value.trim();
  if (text === '') return { base: defaultBase(), error: '', note: '' };
  const refuse = (reason) => ({ base: defaultBase(), error: `${reason} Until then, the code uses ${defaultBase()}.`, note: '' });
  if (PATH.test(text)) {
    const first = text.split('/', 1)[0];
    if (LOOPBACK.test(first) || httpsAddressForHostName(text)) {
      const scheme = LOOPBACK.test(first) ? 'http' : 'https';
      return refuse(`This looks like a web address with no https:// at the start: type it whole, such as ${scheme}://${text}.`);
    }
    if (!text.endsWith('/')) return refuse(END_WITH_SLASH);
    let note = 'A path with no site name works only on the site that holds the files: pasted into another site, the code will not load.';
    if (!text.startsWith('/')) {
      note += ' Without / at the start, it is read from each page’s own folder, so it works only on pages in that folder: start it with / to use it on every page.';
    }
    return { base: text, error: '', note };
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    return refuse('This is not a whole web address: it starts with https:// and ends with /.');
  }
  const local = LOOPBACK.test(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    return refuse('The address must start with https://: browsers block scripts from other addresses on secure pages.');
  }
  if (url.search || url.hash || url.username || url.password) {
    return refuse('The address of the folder has no ?, # or user name in it.');
  }
  if (!url.pathname.endsWith('/') || !text.endsWith('/')) return refuse(END_WITH_SLASH);
  const note = local
    ? 'This address works only on the computer that serves the files: use it for testing, and type your site’s https:// address before you publish the code.'
    : '';
  return { base: url.href, error: '', note };
}

/** integrity and crossorigin for a file under cdn/ (integrity only once its hash is known). */
function subresource(file) {
  const hash = integrity[file];
  return `${hash ? ` integrity="${escapeAttribute(hash)}"` : ''} crossorigin="anonymous"`;
}

function buildSnippet(state) {
  const { base } = state.base;
  const lines = [];
  if (state.stylesheet) {
    lines.push('<!-- Optional, in the page’s <head>: keeps the widget’s space while it loads. -->');
    lines.push(`<link rel="stylesheet" href="${base}back-spasm-widgets.css"${subresource('back-spasm-widgets.css')}>`);
    lines.push('');
  }
  lines.push('<!-- Once per page, in the <head> or before the widget. -->');
  const scriptFile = SCRIPT_FILES[state.scriptChoice] ?? ELEMENTS[state.tag].file;
  if (state.scriptChoice === 'classic') {
    lines.push(`<script src="${base}${scriptFile}"${subresource(scriptFile)}></script>`);
  } else {
    // The files a one-widget module imports (the code the widgets share): their integrity in an
    // import map, which covers the import itself, and preloaded, so they load at once. The
    // all-in-one file carries everything it needs.
    const imported = state.scriptChoice === 'element' ? imports[scriptFile] : null;
    const preloads = Array.isArray(imported) ? imported.filter((file) => typeof file === 'string') : [];
    const checked = preloads.filter((file) => integrity[file]);
    if (checked.length > 0) {
      const map = { integrity: Object.fromEntries(checked.map((file) => [`${base}${file}`, integrity[file]])) };
      lines.push(`<script type="importmap">${JSON.stringify(map).replace(/</g, '\\u003c')}</script>`);
    }
    for (const file of preloads) {
      lines.push(`<link rel="modulepreload" href="${base}${file}"${subresource(file)}>`);
    }
    lines.push(`<script type="module" src="${base}${scriptFile}"${subresource(scriptFile)}></script>`);
  }
  if (state.lang === 'es' || state.lang === 'fr') {
    if (state.scriptChoice === 'classic') {
      const pack = `locales/${state.lang}.classic.js`;
      lines.push(`<script src="${base}${pack}"${subresource(pack)}></script>`);
    } else {
      const pack = `locales/${state.lang}.js`;
      lines.push(`<script type="module" src="${base}${pack}"${subresource(pack)}></script>`);
    }
  }
  lines.push('');
  lines.push('<!-- Where the widget should appear. -->');

  const attributes = state.attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  if (state.styles.length > 0) {
    attributes.push(`style="${escapeAttribute(state.styles.map(([property, value]) => `${property}: ${value}`).join('; '))}"`);
  }
  const oneLine = `<${state.tag}${attributes.map((a) => ` ${a}`).join('')}>`;
  const openTag =
    oneLine.length <= 80 ? oneLine : `<${state.tag}\n${attributes.map((a) => `  ${a}`).join('\n')}\n>`;
  if (state.fallback) {
    lines.push(openTag, `  <p>${escapeText(state.fallback)}</p>`, `</${state.tag}>`);
  } else {
    lines.push(`${openTag}</${state.tag}>`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Messages from the widget: what it says about the values now in the form, shown on the page for
// people without a console. A widget warns once about an attribute until it gets a valid value, so
// the preview, which follows every key, stays quiet while a value is typed. To say what the widget
// makes of the values as they stand, the builder shows a hidden copy of the widget the form's values
// once typing pauses, and lists what that copy says (its messages are not repeated in the console).

const WARNING_PREFIX = '[back-spasm-widgets]';
const PAUSE_MS = 300;
/** Messages of the latest hidden copy, and page-wide ones (a missing language pack): text once each. */
let probeMessages = [];
const pageMessages = new Set();
/** While a hidden copy renders, its messages are collected here. */
let collecting = null;
let probeTimer = 0;
let probeRun = 0;

function renderMessages() {
  const texts = [...new Set([...probeMessages, ...pageMessages])];
  // Unchanged messages stay in place, so screen readers do not hear them again on every key.
  if (texts.join('\n') === [...messageList.children].map((item) => item.textContent).join('\n')) return;
  const items = texts.map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  });
  messageList.replaceChildren(...items);
  messagesEmpty.hidden = items.length > 0;
}

/** Renders a hidden copy of the widget with the form's values and lists what it says. */
async function probe(state) {
  const run = ++probeRun;
  const copy = document.createElement(state.tag);
  for (const [name, value] of state.attributes) copy.setAttribute(name, value);
  copy.hidden = true;
  const said = [];
  collecting = said;
  probeRoot.replaceChildren(copy);
  try {
    await copy.updateComplete;
  } finally {
    collecting = null;
    copy.remove();
  }
  if (run !== probeRun) return;
  probeMessages = said;
  renderMessages();
}

function scheduleProbe(state) {
  clearTimeout(probeTimer);
  probeTimer = setTimeout(() => void probe(state), PAUSE_MS);
}

const originalWarn = console.warn.bind(console);
console.warn = (...args) => {
  const first = args[0];
  const ours = typeof first === 'string' && first.startsWith(WARNING_PREFIX);
  if (ours && collecting) {
    collecting.push(first.slice(WARNING_PREFIX.length).trim());
    return;
  }
  originalWarn(...args);
  // A message that names no attribute ("... content for ... is incomplete") is about the page.
  // Messages about one element come again from the next hidden copy; page-wide ones only once.
  if (ours && !first.slice(WARNING_PREFIX.length).trim().startsWith('<')) {
    pageMessages.add(first.slice(WARNING_PREFIX.length).trim());
    renderMessages();
  }
};

// ---------------------------------------------------------------------------------------------
// Wiring

function update() {
  const state = readForm();
  updatePreview(state);
  showFieldNotes(state);
  snippetCode.textContent = buildSnippet(state);
  copyStatus.textContent = '';
  scheduleProbe(state);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

$('#reset-colours').addEventListener('click', () => {
  for (const colour of COLOURS) document.getElementById(colour.id).value = colour.initial;
  document.getElementById(RADIUS.id).value = RADIUS.initial;
  update();
});

function selectSnippet() {
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(snippetCode);
  selection.removeAllRanges();
  selection.addRange(range);
}

copyButton.addEventListener('click', async () => {
  const text = snippetCode.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No clipboard access');
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Snippet copied. Paste it into your page’s HTML.';
  } catch {
    // Clipboard refused (permissions, an insecure page or an older browser): select it for the visitor.
    selectSnippet();
    snippetCode.parentElement.focus();
    copyStatus.textContent = 'Your browser did not allow copying. The snippet is selected: press Ctrl+C (or Command+C on a Mac) to copy it.';
  }
});

async function loadJson(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

baseField.value = defaultBase();
update();

// The version and hashes of the files this site serves; the snippet shows placeholders until then.
Promise.allSettled([loadJson('../package.json'), loadJson('../cdn/integrity.json'), loadJson('../cdn/imports.json')]).then(([pkg, hashes, imported]) => {
  const placeholderBase = defaultBase();
  if (pkg.status === 'fulfilled' && typeof pkg.value.version === 'string') version = pkg.value.version;
  // The default address follows the version, unless the site owner has typed their own.
  if (baseField.value === placeholderBase) baseField.value = defaultBase();
  if (hashes.status === 'fulfilled' && hashes.value && typeof hashes.value === 'object') integrity = hashes.value;
  if (imported.status === 'fulfilled' && imported.value && typeof imported.value === 'object') imports = imported.value;
  $('#integrity-missing').hidden = hashes.status === 'fulfilled' && imported.status === 'fulfilled';
  update();
  document.body.dataset.ready = 'true';
});
