/** Printing a page to PDF in Chromium, as a person does with "Save as PDF", and counting its pages. */
import type { Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object each (`/Pages` is the tree). */
export const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Opens an HTML file and prints it to PDF with the page's own print style (A4 unless it says otherwise). */
export async function printFile(browser: Browser, file: string): Promise<{ pdf: Buffer; pages: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    return { pdf, pages: pdfPages(pdf) };
  } finally {
    await page.close();
  }
}
