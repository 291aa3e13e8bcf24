/*
 * Watches Intl.DateTimeFormat while a case runs: every formatter built (with `new` or without), by
 * the tag asked for, and every date written (`format` and `formatToParts`) by any formatter, one
 * built earlier and shared by the page included.
 */
export interface DateFormatting {
  /** The tags formatters were built for, in order. */
  readonly built: string[];
  /** How many dates were written. */
  readonly formatted: number;
  /** Forgets what was seen so far; goes on watching. */
  reset(): void;
  /** Puts Intl.DateTimeFormat back as it was. */
  stop(): void;
}

export function watchDateFormatting(): DateFormatting {
  const original = Intl.DateTimeFormat;
  const prototype = original.prototype;
  const format = Object.getOwnPropertyDescriptor(prototype, 'format') as PropertyDescriptor;
  const formatToParts = Object.getOwnPropertyDescriptor(prototype, 'formatToParts') as PropertyDescriptor;
  const built: string[] = [];
  let formatted = 0;
  const counted = (locales: unknown) => built.push(String(locales));
  Intl.DateTimeFormat = new Proxy(original, {
    construct: (target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => {
      counted(args[0]);
      return new target(...args);
    },
    apply: (target, _this, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => {
      counted(args[0]);
      return target(...args);
    },
  });
  // `format` is a getter that gives a bound function; `formatToParts` a method.
  Object.defineProperty(prototype, 'format', {
    ...format,
    get(this: Intl.DateTimeFormat) {
      const write = format.get?.call(this) as (date?: Date | number) => string;
      return (date?: Date | number) => {
        formatted += 1;
        return write(date);
      };
    },
  });
  Object.defineProperty(prototype, 'formatToParts', {
    ...formatToParts,
    value(this: Intl.DateTimeFormat, date?: Date | number) {
      formatted += 1;
      return (formatToParts.value as Intl.DateTimeFormat['formatToParts']).call(this, date);
    },
  });
  return {
    built,
    get formatted() {
      return formatted;
    },
    reset() {
      built.length = 0;
      formatted = 0;
    },
    stop() {
      Intl.DateTimeFormat = original;
      Object.defineProperty(prototype, 'format', format);
      Object.defineProperty(prototype, 'formatToParts', formatToParts);
    },
  };
}
