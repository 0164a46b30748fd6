// Reading the journey grid as a screen reader does: a cell by its row header (the area) and its
// column header (the inspection's month and year).
import type { Locator } from 'playwright-core';

/** The text of the cell in row `area` under the column whose header starts with `inspection`. */
export async function gridCell(table: Locator, area: string, inspection: string): Promise<string> {
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((h) => h.trim().startsWith(inspection));
  if (column < 1) throw new Error(`no column headed "${inspection}" in ${JSON.stringify(headers)}`);
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: area, exact: true }) });
  // The first header is over the row headers, so data cells count from the second.
  return (
    (await row
      .getByRole('cell')
      .nth(column - 1)
      .textContent()) ?? ''
  ).trim();
}
