/**
 * The date a government site's address carries (…/202103/t20210330_2336698.html, …/2021-03/30/…,
 * …/art/2010/7/6/…, …/content_20200117…): most CMSs file a page under the day it was published.
 * Only a plausible calendar date, and only when the year stands where a date stands in a path.
 */
const PATTERNS: RegExp[] = [
  // t20210330_, /20210330/, _20210330, content_20200117101010
  // (/2025080710292219690/: a timestamp with its milliseconds and a counter)
  /(?:^|[/_t-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,11}(?:[_./?-]|$))/,
  // /2024-0927004.html: the year, then the month and day run into a counter
  /\/((?:19|20)\d{2})-(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,6}(?:[_./?-]|$))/,
  // /2021-03-30/, /2021-03/30/, /2021/03/30/, /2021/0330/, /art/2010/7/6/
  // (the two-digit month and day tried first: /2023/12/25/ is 25 December, not 2 January)
  /\/((?:19|20)\d{2})[-/](1[0-2]|0?[1-9])[-/]?(3[01]|[12]\d|0?[1-9])(?=[/._-])/,
];
// a year and month only: /202103/, /2021-03/
const YEAR_MONTH = /\/((?:19|20)\d{2})-?(0[1-9]|1[0-2])\//;

// no government page was published on the web before this year
const EARLIEST_WEB_YEAR = 1994;

export interface UrlDate {
  year: number;
  month: number;
  /** yyyy-mm-dd when the address gives the day too */
  iso: string | null;
}

export function dateFromUrl(url: string | null | undefined): UrlDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname + new URL(url).search;
  } catch {
    return null;
  }
  for (const re of PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // t19700101_3424692.shtml: a CMS's empty date (the Unix epoch), no day a page was published
    if (year < EARLIEST_WEB_YEAR) continue;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) continue;
    return { year, month, iso: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
  }
  const ym = YEAR_MONTH.exec(path);
  return ym && Number(ym[1]) >= EARLIEST_WEB_YEAR ? { year: Number(ym[1]), month: Number(ym[2]), iso: null } : null;
}
