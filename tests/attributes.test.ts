import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { httpsAddressForHostName, readHttpUrl } from '../src/internal/attributes.js';
import '../src/red-flag-checker/index.js';

/*
 * Web addresses in attributes (booking-url): a full http(s) address is used as written, a path
 * resolves against the page, a value that starts with a host name but has no scheme is read as
 * https:// with one warning that says so, and any other scheme is refused with one warning.
 */

/** A host element for the reader: warnings are kept once per element, so each case gets its own. */
const host = () => document.createElement('red-flag-checker');

let warn: sinon.SinonStub;
beforeEach(() => {
  warn = sinon.stub(console, 'warn');
});
afterEach(() => warn.restore());

const parses = (address: string) => {
  try {
    new URL(address);
    return true;
  } catch {
    return false;
  }
};

const messages = () => warn.getCalls().map((call) => String(call.args[0]));

describe('booking-url without https://', () => {
  const hostNames: ReadonlyArray<[string, string]> = [
    ['www.sunrise.example/book', 'https://www.sunrise.example/book'],
    ['sunrise.example/book', 'https://sunrise.example/book'],
    ['clinic.co.uk', 'https://clinic.co.uk/'],
    ['clinic.example:8443/book', 'https://clinic.example:8443/book'],
    ['  WWW.Sunrise.Example/Book?when=today#times  ', 'https://www.sunrise.example/Book?when=today#times'],
    ['sunrise.example?from=blog', 'https://sunrise.example/?from=blog'],
    ['xn--caf-dma.example/book', 'https://xn--caf-dma.example/book'],
    ['café.example/book', 'https://xn--caf-dma.example/book'],
    ['my-clinic.example/book.html', 'https://my-clinic.example/book.html'],
  ];

  for (const [value, address] of hostNames) {
    it(`reads ${JSON.stringify(value)} as ${address}, with one warning that says so`, () => {
      expect(readHttpUrl(host(), 'booking-url', value)).to.equal(address);
      expect(messages()).to.deep.equal([
        `[back-spasm-widgets] <red-flag-checker> booking-url=${JSON.stringify(value)} looks like a web address without https://; read as "${address}".`,
      ]);
      expect(httpsAddressForHostName(value)).to.equal(address);
    });
  }

  it('warns once per element, however often the value is read', () => {
    const element = host();
    for (let i = 0; i < 3; i++) {
      expect(readHttpUrl(element, 'booking-url', 'www.sunrise.example/book')).to.equal('https://www.sunrise.example/book');
    }
    expect(warn.callCount).to.equal(1);
  });

  it('reads any generated host name followed by a path as https://, with one warning naming it', () => {
    const pageExtensions = /\.(html?|xhtml|shtml|php|aspx?|jsp|cfm)$/i;
    fc.assert(
      fc.property(
        // (A generated label may be broken punycode, "xn--" plus nonsense: no browser accepts that host.)
        fc.domain().filter((domain) => !pageExtensions.test(domain) && parses(`https://${domain}`)),
        fc.constantFrom('', '/', '/book', '/book?when=today', '#times'),
        (domain, rest) => {
          warn.resetHistory();
          const value = `${domain}${rest}`;
          const address = readHttpUrl(host(), 'booking-url', value);
          expect(address).to.equal(new URL(`https://${value}`).href);
          expect(warn.callCount, value).to.equal(1);
          expect(messages()[0]).to.contain('booking-url').and.to.contain(JSON.stringify(value).slice(0, 70));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('booking-url paths and full addresses', () => {
  const paths = [
    '/book',
    'book',
    './book',
    '../book',
    '?x=1',
    '#times',
    'book.html',
    'book.htm',
    'book.php?id=2',
    'Book.ASPX',
    'pages/book.aspx',
    'v2.0/book',
    'localhost/book',
    '192.168.0.10/book',
    '//www.sunrise.example/book',
    'https://westside.example/book',
    'http://westside.example/book',
    'HTTPS://Westside.Example/Book',
  ];
  for (const value of paths) {
    it(`${JSON.stringify(value)} resolves against the page as before, with no warning`, () => {
      expect(readHttpUrl(host(), 'booking-url', value)).to.equal(new URL(value, document.baseURI).href);
      expect(warn.called, messages().join(' | ')).to.equal(false);
      expect(httpsAddressForHostName(value)).to.equal(null);
    });
  }

  it('treats empty values as no booking link, silently', () => {
    for (const value of [null, undefined, '', '   ']) {
      expect(readHttpUrl(host(), 'booking-url', value)).to.equal(null);
      expect(httpsAddressForHostName(value)).to.equal(null);
    }
    expect(warn.called).to.equal(false);
  });
});

describe('booking-url with another scheme', () => {
  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)//www.sunrise.example',
    'data:text/html,<b>hi</b>',
    'mailto:book@sunrise.example',
    'localhost:8080/book',
    'www.sunrise.example:99999/book',
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)} with one warning naming it`, () => {
      expect(readHttpUrl(host(), 'booking-url', value)).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(messages()[0]).to.contain(`<red-flag-checker> booking-url=${JSON.stringify(value)}`).and.to.contain('using none');
      expect(httpsAddressForHostName(value)).to.equal(null);
    });
  }
});

describe('<red-flag-checker booking-url> without https://', () => {
  it('renders and warns once, naming the value and the address it reads', async () => {
    const el = await fixture<HTMLElement>(html`<red-flag-checker booking-url="www.sunrise.example/book"></red-flag-checker>`);
    expect(el.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim()).not.to.equal('');
    expect(messages()).to.deep.equal([
      '[back-spasm-widgets] <red-flag-checker> booking-url="www.sunrise.example/book" looks like a web address without https://; read as "https://www.sunrise.example/book".',
    ]);
  });
});
