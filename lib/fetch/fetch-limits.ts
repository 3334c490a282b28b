/** Bounds of fetching a report by its address (the size limit is the upload's, 20 MB). */

/** Wall clock for one address: every redirect, the connection and the whole body. */
export const FETCH_TIME_LIMIT_MS = 30_000;

/** A connection that is not open by then is an unreachable host. */
export const FETCH_CONNECT_TIMEOUT_MS = 10_000;

/** Government CMSs redirect once or twice (http → https, a moved column); more is a loop. */
export const MAX_REDIRECTS = 5;

/** Addresses in one request (files and addresses together stay under the 20-file limit). */
export const MAX_URLS_PER_UPLOAD = 20;

/** Who is asking, so a site's operators can tell. HTTP headers are Latin-1: no Chinese here. */
export const FETCHER_USER_AGENT = "fazhi-dashboard-fetcher/1.0 (collects rule-of-law government reports; a person asked for this address)";
