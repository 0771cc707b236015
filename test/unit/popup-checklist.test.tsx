// @vitest-environment jsdom
// The popup's checklist: every rule of a real report, grouped, with why/fix/source; hostile page text
// quoted in a detail stays text.
import { cleanup, render as renderUi, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogFrom } from '../../src/core/i18n.ts';
import { found } from '../../src/core/field.ts';
import { evaluate } from '../../src/core/report.ts';
import { Checklist, RuleItem } from '../../src/popup/Checklist.tsx';
import messages from '../../public/_locales/en/messages.json';
import { NOW, li } from './rules/helpers.ts';

const catalog = catalogFrom(messages);
afterEach(cleanup);

describe('popup checklist', () => {
  it('lists every rule once, failing ones first, each with why, fix and source', () => {
    const report = evaluate({ linkedin: li({ banner: { state: 'absent' } }), now: NOW });
    const { container } = renderUi(<Checklist report={report} catalog={catalog} />);
    const items = Array.from(container.querySelectorAll('li.rule'));
    expect(items.map((li) => li.getAttribute('data-rule')).sort()).toEqual(
      report.results.map((r) => r.rule).sort(),
    );
    const groups = Array.from(container.querySelectorAll('section.group')).map((s) => s.className);
    expect(groups[0]).toMatch(/group-fail/);
    const banner = container.querySelector('li[data-rule="li-banner"]')!;
    expect(banner.className).toContain('rule-fail');
    expect(banner.textContent).toMatch(/Why: /);
    expect(banner.textContent).toMatch(/Fix: /);
    expect(banner.textContent).toMatch(/Source: /);
    expect(screen.getByText(/To fix \(\d+\)/)).toBeTruthy();
    expect(container.textContent).not.toMatch(/⟦/); // no missing message
  });

  it('says each check’s status in words to a screen reader, also outside its group (the top fixes)', () => {
    const report = evaluate({ linkedin: li({ banner: { state: 'absent' } }), now: NOW });
    const banner = report.results.find((r) => r.rule === 'li-banner')!;
    const { container } = renderUi(
      <ul>
        <RuleItem result={banner} catalog={catalog} />
      </ul>,
    );
    const summary = container.querySelector('summary')!;
    expect(summary.querySelector('.mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(summary.querySelector('.visually-hidden')?.textContent).toBe('Needs fixing:');
    cleanup();
    // Every status has its words; the groups' headings sit one level under "The whole checklist" (h3).
    const all = renderUi(<Checklist report={report} catalog={catalog} />).container;
    const said = Array.from(all.querySelectorAll('summary .visually-hidden')).map((e) => e.textContent);
    expect(said.every((t) => t && !t.includes('⟦'))).toBe(true);
    expect(all.querySelectorAll('h3')).toHaveLength(0);
    expect(all.querySelectorAll('section.group > h4').length).toBeGreaterThan(1);
  });

  it('renders hostile profile text as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=1">';
    const report = evaluate({ linkedin: li({ headline: found(hostile) }), now: NOW });
    const { container } = renderUi(<Checklist report={report} catalog={catalog} />);
    expect(container.querySelector('img, svg, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
