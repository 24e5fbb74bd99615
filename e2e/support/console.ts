import type { Page } from "@playwright/test";

/** Every console error, uncaught exception and failed response (4xx/5xx) a page sees; `allow` lets a deliberate one through. */
export function watchConsole(page: Page, allow: (url: string, status: number) => boolean = () => false): string[] {
  const trouble: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !/status of 404/.test(m.text())) trouble.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => void trouble.push(`exception: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400 && !allow(r.url(), r.status())) trouble.push(`${r.status()} ${r.url()}`);
  });
  return trouble;
}
