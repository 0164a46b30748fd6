// The lead member's journey in real Chromium: find the findings on care leavers, highlight a
// phrase, write a note and a question, close and reopen, and find them again through search.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';
import { SEED, seedStore } from './workspace-seed';
import { readRows } from './store';
import { gridCell } from './journey-grid';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function openSeeded(): Promise<AppSession> {
  const session = await openApp();
  await session.page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  await seedStore(session.page, SEED);
  await session.page.getByRole('heading', { level: 2, name: 'Eastshire' }).waitFor();
  return session;
}

async function openReport(page: Page) {
  await page.getByRole('link', { name: 'Eastshire strengthens services' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eastshire strengthens services' }).waitFor();
}

const finding = (page: Page, words: string) => page.getByRole('article').filter({ hasText: words });

describe('the annotation workspace', () => {
  it('lists reports by authority with grades, and shows the journey in words as well as colour', async () => {
    app = await openSeeded();
    const { page } = app;
    const reports = page.getByRole('region', { name: 'Eastshire' }).getByRole('listitem');
    expect(await reports.count()).toBe(2);
    expect(await reports.first().textContent()).toContain('Eastshire strengthens services');
    await page.getByRole('button', { name: 'Show Eastshire’s journey' }).click();
    const table = page.getByRole('table', { name: /Eastshire: every judgement/ });
    await table.waitFor();
    expect(await gridCell(table, 'Impact of leaders', 'November 2019')).toMatch(
      /^Requires improvement.*Declined since the May 2016 inspection$/,
    );
    expect(await gridCell(table, 'Help and protection', 'November 2019')).toMatch(
      /^Requires improvement.*Improved/,
    );
    expect(await gridCell(table, 'Help and protection', 'May 2016')).toBe('Inadequate');
    await page.getByRole('img', { name: /Grades by inspection/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('highlights, notes and questions a care leavers finding, keeps them across a restart, and finds them by search', async () => {
    app = await openSeeded();
    let page = app.page;
    await openReport(page);
    const judgements = page.getByRole('region', { name: 'Judgements' });
    await expect
      .poll(() =>
        judgements.getByRole('row').filter({ hasText: 'Impact of leaders' }).textContent(),
      )
      .toMatch(/Good \(May 2016 inspection\).*Declined/);

    await page.getByLabel('Theme').selectOption('care leavers');
    await page.getByText('2 of 8 findings match').waitFor();
    const card = finding(page, 'Most care leavers have an assessment and pathway plan');
    await card.getByRole('button', { name: 'Annotate' }).click();
    await card.getByLabel('Your name').fill('Cllr Amara Okafor');
    await card.getByRole('button', { name: 'Save my name' }).click();

    // Select the words in the finding as a member would with the mouse.
    await card.locator('.finding-text').evaluate((el) => {
      const node = el.firstChild as Text;
      const start = node.data.indexOf('the quality of these is variable');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 'the quality of these is variable'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    expect(await card.getByLabel('Words to highlight').inputValue()).toBe(
      'the quality of these is variable',
    );
    await card.getByRole('button', { name: 'Highlight', exact: true }).click();
    await card
      .locator('mark.quote-mark', { hasText: 'the quality of these is variable' })
      .waitFor();

    await card.getByRole('button', { name: 'Add a note' }).click();
    await card
      .getByLabel('Note', { exact: true })
      .fill('Ask how many pathway plans are out of date; compare with the sufficiency strategy.');
    await card.getByText('Saved').first().waitFor();
    await card.getByRole('button', { name: 'Add a question for officers' }).click();
    await card
      .getByLabel('Question for officers')
      .fill('When will every care leaver have an up-to-date pathway plan?');
    await card.getByLabel('Question status').selectOption('asked');
    await card.getByRole('radio', { name: 'Amber' }).check();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await expect.poll(() => card.getByText('Saved').count()).toBeGreaterThanOrEqual(2);
    expect(await card.getByText(/Note by Cllr Amara Okafor/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await app.restart();
    page = app.page;
    await page.getByRole('heading', { level: 2, name: 'Eastshire' }).waitFor();
    await openReport(page);
    await page.getByLabel('Search findings and notes').fill('sufficiency');
    await page.getByText('1 of 8 findings match').waitFor();
    const found = finding(page, 'Most care leavers have an assessment and pathway plan');
    expect(await found.textContent()).toContain('RAG: Amber');
    await found.getByRole('button', { name: /Notes \(4\)/ }).click();
    expect(await found.getByLabel('Note', { exact: true }).inputValue()).toContain(
      'sufficiency strategy',
    );
    expect(await found.getByLabel('Question for officers').inputValue()).toBe(
      'When will every care leaver have an up-to-date pathway plan?',
    );
    expect(await found.getByLabel('Question status').inputValue()).toBe('asked');
    // 'pathway' matches the same one finding as 'sufficiency', so the count line does not change:
    // wait for the new words to be marked rather than reading the marks of the previous search.
    await page.getByLabel('Search findings and notes').fill('pathway');
    await page
      .locator('mark.search-hit', { hasText: /^pathway$/ })
      .first()
      .waitFor();
    expect(await page.getByText('1 of 8 findings match').count()).toBe(1);
    expect(await page.locator('mark.search-hit', { hasText: /^sufficiency$/ }).count()).toBe(0);

    // Across every report: the earlier SIF finding too, and the note's words.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    const everywhere = page.getByRole('region', { name: 'Search every report' });
    await everywhere.getByLabel('Words to find in findings and notes').fill('pathway plans');
    await everywhere.getByText('2 findings match.').waitFor();
    expect((await everywhere.getByRole('listitem').allTextContents()).sort()).toEqual([
      expect.stringContaining('Most care leavers have an assessment and pathway plan'),
      expect.stringContaining('Care leavers do not always have pathway plans'),
    ]);
    await everywhere.getByLabel('Words to find in findings and notes').fill('sufficiency strategy');
    await everywhere.getByText('1 finding matches.').waitFor();
    expect(await everywhere.getByRole('listitem').textContent()).toContain('matched in notes');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('deletes a note without asking and brings it back with Undo', async () => {
    app = await openSeeded();
    const { page } = app;
    await seedStore(page, {
      settings: [
        {
          id: 'settings',
          memberName: 'Cllr Amara Okafor',
          defaultMarking: 'OFFICIAL',
          themeRules: [],
          lastBackupAt: null,
        },
      ],
    });
    await openReport(page);
    const card = finding(page, 'The team around the care leavers');
    await card.getByRole('button', { name: 'Annotate' }).click();
    await card.getByRole('button', { name: 'Add a note' }).click();
    await card.getByLabel('Note', { exact: true }).fill('Praise the team at panel.');
    await card.getByText('Saved').first().waitFor();
    await card.getByRole('button', { name: 'Delete note' }).click();
    await expect.poll(() => card.getByLabel('Note', { exact: true }).count()).toBe(0);
    await card.getByRole('button', { name: 'Undo' }).click();
    expect(await card.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Praise the team at panel.',
    );
    // The same note came back (one row, live), not a copy beside a tombstone.
    const rows = await readRows<{ body: string; deletedAt: string | null }>(page, 'annotations');
    expect(rows.map((r) => [r.body, r.deletedAt])).toEqual([['Praise the team at panel.', null]]);
  });

  it('finds a note through Search every report as soon as it is written, and forgets it once deleted', async () => {
    app = await openSeeded();
    const { page } = app;
    await seedStore(page, {
      settings: [
        {
          id: 'settings',
          memberName: 'Cllr Amara Okafor',
          defaultMarking: 'OFFICIAL',
          themeRules: [],
          lastBackupAt: null,
        },
      ],
    });
    const box = () =>
      page
        .getByRole('region', { name: 'Search every report' })
        .getByLabel('Words to find in findings and notes');
    await box().fill('dashboard');
    await page.getByText('Nothing matches “dashboard”.').waitFor();
    await openReport(page);
    const card = finding(page, 'The team around the care leavers');
    await card.getByRole('button', { name: 'Annotate' }).click();
    await card.getByRole('button', { name: 'Add a note' }).click();
    await card.getByLabel('Note', { exact: true }).fill('Ask for the quarterly dashboard.');
    await card.getByText('Saved').first().waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await box().fill('dashboard');
    await page.getByText('1 finding matches.').waitFor();
    await page
      .getByRole('region', { name: 'Search every report' })
      .getByRole('link', { name: /Open/ })
      .click();
    const again = finding(page, 'The team around the care leavers');
    await again.getByRole('button', { name: /Notes \(1\)/ }).click();
    await again.getByRole('button', { name: 'Delete note' }).click();
    await again.getByRole('button', { name: 'Undo' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await box().fill('dashboard');
    await page.getByText('Nothing matches “dashboard”.').waitFor();
  });

  it('moves between findings with j and k, annotates with n, searches with /, and lists the shortcuts with ?', async () => {
    app = await openSeeded();
    const { page } = app;
    await seedStore(page, {
      settings: [
        {
          id: 'settings',
          memberName: 'Cllr Amara Okafor',
          defaultMarking: 'OFFICIAL',
          themeRules: [],
          lastBackupAt: null,
        },
      ],
    });
    await openReport(page);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const focused = () =>
      page.evaluate(() => document.activeElement?.closest('article')?.textContent ?? '');
    expect(await focused()).toContain('Children and families benefit');
    await page.keyboard.press('k');
    expect(await focused()).toContain('Following the last inspection');
    await page.keyboard.press('n');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('.annotation-panel') !== null),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).id)).toBe(
      'finding-search',
    );
    await page.keyboard.type('j?');
    expect(await page.getByLabel('Search findings and notes').inputValue()).toBe('j?');
    await page.keyboard.press('Escape');
    expect(await page.getByLabel('Search findings and notes').inputValue()).toBe('');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Next finding');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('gathers open questions and follow-ups across reports, and a theme across inspections, accessibly', async () => {
    app = await openSeeded();
    const { page } = app;
    const base = {
      kind: 'question',
      body: 'When will pathway plans be updated?',
      question: { status: 'to_ask', answer: '' },
      rag: null,
      priority: null,
      tags: [],
      followUpOn: '2020-01-15',
      deletedAt: null,
      rev: 'rev-1',
      modifiedAt: '2026-11-02T10:00:00.000Z',
      modifiedBy: 'Cllr Li Wei',
      author: 'Cllr Li Wei',
      createdAt: '2026-11-02T10:00:00.000Z',
      ancestors: [],
      conflicts: [],
      orphaned: false,
    };
    const target = SEED.findings.find((f) => f.text.startsWith('Care leavers do not always'));
    if (!target) throw new Error('the fixture lost its SIF finding');
    await seedStore(page, {
      annotations: [
        {
          ...base,
          id: 'ann-q1',
          target: {
            reportId: target.reportId,
            findingId: target.id,
            findingText: target.text,
            selector: null,
          },
        },
      ],
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Questions and follow-ups' })
      .click();
    const row = page.getByRole('row').filter({ hasText: 'When will pathway plans be updated?' });
    await row.waitFor();
    expect(await row.textContent()).toContain('(overdue)');
    expect(await row.textContent()).toContain('Cllr Li Wei');
    await page.getByLabel('Show').selectOption('followups');
    await page.getByLabel('Follow-up due').selectOption('overdue');
    await row.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Themes' })
      .click();
    await page.getByRole('link', { name: 'care leavers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Theme: care leavers' }).waitFor();
    await page.getByText('3 findings in 2 reports').waitFor();
    const regions = page.getByRole('main').getByRole('heading', { level: 2 });
    expect(await regions.allTextContents()).toEqual([
      'Add to a briefing pack',
      'Eastshire: November 2019 inspection (Summary of an inspection), published 4 November 2019',
      'Eastshire: May 2016 inspection (SIF), published 10 May 2016',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('marks a conflicted note with a link to Share notes, and keeps an orphaned note with its words', async () => {
    app = await openSeeded();
    const { page } = app;
    const target = SEED.findings.find((f) => f.text.startsWith('The team around the care leavers'));
    if (!target) throw new Error('the fixture lost its care leavers finding');
    const version = {
      kind: 'note',
      target: {
        reportId: target.reportId,
        findingId: target.id,
        findingText: target.text,
        selector: null,
      },
      body: 'Praise at panel',
      question: null,
      rag: null,
      priority: null,
      tags: [],
      followUpOn: null,
      deletedAt: null,
      rev: 'rev-a',
      modifiedAt: '2026-11-02T10:00:00.000Z',
      modifiedBy: 'Cllr Li Wei',
    };
    const conflicted = {
      ...version,
      id: 'ann-c1',
      author: 'Cllr Li Wei',
      createdAt: version.modifiedAt,
      ancestors: [],
      orphaned: false,
      conflicts: [
        {
          ...version,
          body: 'Praise at committee',
          rev: 'rev-b',
          modifiedBy: 'Cllr Yusuf Rahman',
          ancestors: [],
        },
      ],
    };
    const orphan = {
      ...version,
      id: 'ann-o1',
      author: 'Cllr Li Wei',
      createdAt: version.modifiedAt,
      ancestors: [],
      conflicts: [],
      orphaned: true,
      body: 'Check the leaving care grant',
      target: {
        reportId: target.reportId,
        findingId: 'r-2019-gone',
        findingText: 'Care leavers receive a generous leaving care grant.',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'generous leaving care grant',
          prefix: 'receive a ',
          suffix: '.',
        },
      },
    };
    await seedStore(page, { annotations: [conflicted, orphan] });
    await openReport(page);
    const card = finding(page, 'The team around the care leavers');
    await card.getByRole('link', { name: /resolve in Share notes/i }).waitFor();
    expect(
      await card.getByRole('link', { name: /resolve in Share notes/i }).getAttribute('href'),
    ).toBe('#/sharing');
    const orphaned = page.getByRole('region', {
      name: /Notes whose words are no longer in the report/,
    });
    expect(await orphaned.textContent()).toContain('generous leaving care grant');
    expect(await orphaned.textContent()).toContain('Check the leaving care grant');
    expect(await orphaned.textContent()).toContain('Cllr Li Wei');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('stays readable at 200% zoom: nothing needs scrolling sideways', async () => {
    app = await openSeeded();
    const { page } = app;
    await page.setViewportSize({ width: 640, height: 450 });
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    await page.getByRole('button', { name: 'Show Eastshire’s journey' }).click();
    await page.getByRole('table', { name: /Eastshire: every judgement/ }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await openReport(page);
    await seedStore(page, {
      settings: [
        {
          id: 'settings',
          memberName: 'Cllr Amara Okafor',
          defaultMarking: 'OFFICIAL',
          themeRules: [],
          lastBackupAt: null,
        },
      ],
    });
    const card = finding(page, 'Most care leavers have an assessment');
    await card.getByRole('button', { name: 'Annotate' }).click();
    await card.getByRole('button', { name: 'Add a question for officers' }).click();
    await card.getByRole('button', { name: 'Show in report' }).click();
    await page.getByRole('region', { name: 'Report text' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
