// Choosing a report's authority from the list in the review screen, by label, as a member would.
import type { Page } from 'playwright-core';

export async function chooseAuthority(page: Page, search: string, code: string): Promise<void> {
  await page.getByLabel('Find the authority').fill(search);
  await page.getByLabel('Authority', { exact: true }).selectOption(code);
}
