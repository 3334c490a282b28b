// The Playwright `test` every spec uses: a page that logs an error in the browser console, throws
// an uncaught error or fails to load a resource fails its test. A test that provokes errors on
// purpose (a refused inline script, the 404 page itself) names them with
// `test.use({ expectedConsoleErrors: [/…/] })`.
import { expect, test as base } from "@playwright/test";

export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, providePage) => {
    const errors: string[] = [];
    const note = (what: string) => {
      if (!expectedConsoleErrors.some((re) => re.test(what))) errors.push(`${what} (on ${page.url()})`);
    };
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const source = message.location().url ?? "";
      // Chromium logs a failed load of the document itself (a 404 page) and of an API answer the
      // page handles (a wrong token's 401, a 409 shown to the person): the test asserts those
      if (/Failed to load resource/.test(message.text()) && (source === page.url() || new URL(source, page.url()).pathname.startsWith("/api/"))) return;
      note(`console: ${message.text()} ${source}`.trim());
    });
    page.on("pageerror", (error) => note(`uncaught: ${error.message}`));
    page.on("response", (response) => {
      // a failed document load is the test's own business (it asserts the status); a failed
      // resource (a favicon, a script, a chunk) is the page's fault
      const type = response.request().resourceType();
      if (response.status() >= 400 && !["document", "fetch", "xhr"].includes(type)) note(`${response.status()} ${response.url()}`);
    });
    await providePage(page);
    expect(errors, "errors in the browser console").toEqual([]);
  },
});

export { expect };
