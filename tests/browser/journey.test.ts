// The lead member's journey end to end, through the import screen: paste a summary in the shape
// of the Durham sample, find the findings on care leavers, highlight a phrase, write a note and a
// question, close and reopen the app, and find them again through search.
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAuthority } from './choose-authority';
import { openApp, type AppSession } from './harness';
import { seriousViolations } from './axe';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const WESTMOOR = `Westmoor strengthens services

Westmoor Council has taken swift and decisive action to strengthen services, Ofsted has said.
Following the last inspection of local authority children’s services under the single inspection framework (SIF) in 2016, where the local authority was judged to be requires improvement to be good, there was a deterioration in the impact of some services.
The experiences and progress of children who need help and protection requires improvement to be good. Ofsted said:
- Children and families benefit from an extensive and well-developed early help offer.
- Prompt action is taken to safeguard and protect children who are at immediate risk of significant harm.
However, the quality of critical challenge provided by team managers is not consistently robust or always effective.
The experiences and progress of children in care and care leavers is good. Inspectors stated:
- Most children enter care when they need to do so and live in appropriate and permanent placements that meet their needs.
- The team around the care leavers is well tailored to the needs of individual care leavers.
- Care leavers are well supported to learn and develop their independence skills.
Most care leavers have an assessment and pathway plan. However, the quality of these is variable, with many needing updating.
The impact of leaders on social work practice with children and families requires improvement to be good. The report states:
- There is a strong commitment to children’s services within the council, and this has led to reduced caseloads.
- Staff supervision and management oversight at all levels are not sufficiently challenging or reflective.
In order to improve, Westmoor should address the quality and impact of management oversight.
The timeliness of assessments and support for children who return home needs to improve.
`;

describe('the lead member’s journey', () => {
  it('imports a report, annotates the care leavers findings, and finds the notes again after a restart', async () => {
    app = await openApp('#/import');
    let page = app.page;
    await page.getByRole('heading', { level: 1, name: 'Import a report' }).waitFor();
    await page.getByLabel('Report text').fill(WESTMOOR);
    await page.getByRole('button', { name: 'Read report' }).click();
    await chooseAuthority(page, 'Durham', '840');
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Westmoor strengthens services' }).waitFor();

    await page.getByLabel('Theme').selectOption('care leavers');
    const card = page
      .getByRole('article')
      .filter({ hasText: 'Most care leavers have an assessment and pathway plan' });
    await card.waitFor();
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('article').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/care leavers/i)]),
    );

    await card.getByRole('button', { name: 'Annotate' }).click();
    await card.getByLabel('Your name').fill('Cllr Amara Okafor');
    await card.getByRole('button', { name: 'Save my name' }).click();
    await card.getByLabel('Words to highlight').fill('many needing updating');
    await card.getByRole('button', { name: 'Highlight', exact: true }).click();
    await card.locator('mark.quote-mark', { hasText: 'many needing updating' }).waitFor();
    await card.getByRole('button', { name: 'Add a note' }).click();
    await card
      .getByLabel('Note', { exact: true })
      .fill('Ask for the audit of pathway plans and the corporate parenting panel view.');
    await card.getByRole('button', { name: 'Add a question for officers' }).click();
    await card
      .getByLabel('Question for officers')
      .fill('How many pathway plans are more than six months old?');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await expect.poll(() => card.getByText('Saved').count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);

    await app.restart();
    page = app.page;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const everywhere = page.getByRole('region', { name: 'Search every report' });
    await everywhere.getByLabel('Words to find in findings and notes').fill('audit');
    await everywhere.getByText('1 finding matches.').waitFor();
    await everywhere.getByRole('link', { name: /Open/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Westmoor strengthens services' }).waitFor();
    await page.getByLabel('Search findings and notes').fill('six months');
    const found = page
      .getByRole('article')
      .filter({ hasText: 'Most care leavers have an assessment and pathway plan' });
    await found.waitFor();
    // The list narrows once the search has run (it waits for a pause in typing).
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await found.locator('mark.quote-mark', { hasText: 'many needing updating' }).waitFor();
    await found.getByRole('button', { name: /Notes \(3\)/ }).click();
    expect(await found.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Ask for the audit of pathway plans and the corporate parenting panel view.',
    );
    expect(await found.getByLabel('Question for officers').inputValue()).toBe(
      'How many pathway plans are more than six months old?',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});
