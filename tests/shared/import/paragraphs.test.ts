// Whole paragraphs, nothing else: paragraphs joined across page breaks before findings are made;
// titles, running footers, page numbers, contents, boilerplate and the sign-off never become
// findings; recommendations are exactly the items under the profile's headings.
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../../shared/import/import-report';
import type { Extracted } from '../../../shared/import/extracted';
import { fixture } from '../../fixtures/reports/make-files';
import { deps, importPagesFixture } from './helpers';

describe('paragraphs across pages', () => {
  const { findings, report } = importPagesFixture('ilacs-2018-eastmoor-pages.txt');
  const texts = findings.map((f) => f.text);

  it('joins a paragraph carried over a page break, whether it resumes in lower case or with a new sentence', () => {
    expect(texts).toContain(
      'Family finding is under way for 19 children, and no child is waiting unnecessarily. Matching is careful and timely.',
    );
    expect(texts.find((t) => t.startsWith('Senior leaders have given their full support'))).toMatch(
      /reduce workloads\. Further plans, to be implemented during 2019, include .* leadership\.$/,
    );
    expect(
      texts.some((t) => t.startsWith('Further plans') || t.startsWith('children, and no child')),
    ).toBe(false);
  });

  it('keeps running footers, page numbers and the title page out of the findings', () => {
    expect(
      texts.some((t) =>
        /Inspection of children’s social care services|^\d+$|Lead inspector/.test(t),
      ),
    ).toBe(false);
    expect(report.leadInspector).toBe('Harriet Vale');
    for (const f of findings) expect(report.text.slice(f.source.start, f.source.end)).toBe(f.text);
  });

  it('takes as recommendations only the items under "What needs to improve", even with no colon in the next heading', () => {
    expect(findings.filter((f) => f.kind === 'recommendation').map((f) => f.text)).toEqual([
      'The quality of assessments of children’s needs.',
      'Pathway plans that lead to effective support into independence.',
    ]);
    expect(
      findings.find((f) => f.text.startsWith('Children at risk of immediate harm'))?.section,
    ).toMatch(/^The experiences and progress of children who need help and protection/);
  });

  it('ends a recommendations list at the first paragraph of prose when the heading after it was lost', () => {
    const pages = fixture('ilacs-2018-eastmoor-pages.txt').replace(
      /The experiences and progress of children who need help and protection requires improvement to be good\n/,
      '',
    );
    const extracted: Extracted = {
      kind: 'pdf',
      mediaType: 'application/pdf',
      pages: pages.split('\f'),
      warnings: [],
    };
    const lost = buildResult(extracted, { name: 'x', size: 1, sha256: '1'.repeat(64) }, deps);
    expect(
      lost.findings.find((f) => f.text.startsWith('Assessments are completed on time'))?.kind,
    ).toBe('improvement');
    expect(
      lost.findings.find((f) => f.text.startsWith('Senior leaders have given'))?.kind,
    ).not.toBe('recommendation');
  });
});

describe("a SIF report's sections", () => {
  const { findings, report } = importPagesFixture('sif-northgate-pages.txt');
  const kind = (start: string) => findings.find((f) => f.text.startsWith(start))?.kind;

  it('reads numbered items under "Priority and immediate action" and "Areas for improvement", across their sub-headings, as recommendations', () => {
    expect(kind('Review the flow of work')).toBe('recommendation');
    expect(kind('Ensure that return interviews')).toBe('recommendation');
    expect(kind('Foster carers are well supported')).toBe('strength');
  });

  it('keeps each statistic of the area as context, sub-bullets apart from their lead-in', () => {
    expect(kind('The proportion of children entitled to free school meals:')).toBe('context');
    expect(kind('in primary schools is 21%')).toBe('context');
  });

  it('splits a heading glued to its paragraph and drops statements, boilerplate and the inspection team', () => {
    expect(findings.find((f) => f.text.startsWith('Agencies work well together'))?.section).toBe(
      'Summary',
    );
    const texts = findings.map((f) => f.text).join('\n');
    expect(texts).not.toMatch(
      /require improvement to be good|An LSCB that is good|Inspectors have looked closely|Deputy lead inspector/,
    );
    expect(report.leadInspector).toBe('Morag Ellison');
    expect(report.publishedOn).toBe('2016-07-11');
  });
});
