/*
 * The emergency number a visitor should call, by region (ISO 3166 code from a language tag such as
 * "en-GB"). Used only when the site sets no emergency-number; without a known region it is 911.
 */
const EU_112 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE CH NO IS LI IN';

const numbers: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  PR: '911',
  GB: '999',
  AU: '000',
  NZ: '111',
  ...Object.fromEntries(EU_112.split(' ').map((region) => [region, '112'])),
};

export const DEFAULT_EMERGENCY_NUMBER = '911';

export function emergencyNumberFor(region: string | null): string {
  return (region && numbers[region.toUpperCase()]) || DEFAULT_EMERGENCY_NUMBER;
}
