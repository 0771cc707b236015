import { describe, expect, it } from 'vitest';
import { isTitleAtCompany } from '../../../src/core/rules/li-headline.ts';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-headline', () => {
  it('passes a long headline that says what you do', () => {
    const r = check('li-headline', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/of 220 characters/);
  });
  it('fails when the headline is only the current job title, and says so', () => {
    const r = check('li-headline', { linkedin: li({ headline: found('Research Librarian') }) });
    expect(r.status).toBe('fail');
    expect(r.why).toBe('Your headline is only your job title; say what you do and for whom.');
    expect(r.detail).toMatch(/18 of 220 characters/);
  });
  it('fails the default "Title at Company"', () => {
    const r = check('li-headline', {
      linkedin: li({ headline: found('Research Librarian at University of Leeds') }),
    });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/Title at Company/);
  });
  it('recognises "Title at Company" without Experience', () => {
    const r = check('li-headline', {
      linkedin: li({ headline: found('Data analyst @ Acme'), experience: unknown('not loaded') }),
    });
    expect(r.status).toBe('fail');
  });
  it('fails when there is no headline', () => {
    expect(check('li-headline', { linkedin: li({ headline: absent }) }).status).toBe('fail');
  });
  it('warns when short but more than a title', () => {
    const r = check('li-headline', {
      linkedin: li({ headline: found('Research librarian | evidence searching') }),
    });
    expect(r.status).toBe('warn');
    expect(r.detail).toMatch(/39 of 220 characters/);
  });
  it('honours a threshold override', () => {
    const r = check(
      'li-headline',
      { linkedin: li({ headline: found('Research librarian | evidence searching') }) },
      {
        thresholds: { 'li-headline': { warnUnder: 30 } },
      },
    );
    expect(r.status).toBe('pass');
  });
  it('is unknown when the headline is unread', () => {
    expect(check('li-headline', { linkedin: li({ headline: unknown('x') }) }).status).toBe('unknown');
  });
  it('tells the default pattern from a headline that uses "at" with a purpose', () => {
    expect(isTitleAtCompany('Librarian at UCL')).toBe(true);
    expect(isTitleAtCompany('Bibliothécaire chez BnF')).toBe(true);
    expect(isTitleAtCompany('Helping researchers find data at the British Library')).toBe(false);
    expect(isTitleAtCompany('Librarian at UCL | open science')).toBe(false);
    expect(isTitleAtCompany('Researcher.')).toBe(false);
  });
  it('takes Spanish "en" and Portuguese "em"/"na" for "at" only before a current employer: they also mean "in" (found by a review)', () => {
    expect(isTitleAtCompany('Abogada especialista en derecho laboral')).toBe(false);
    expect(isTitleAtCompany('Especialista em ciência de dados')).toBe(false);
    expect(isTitleAtCompany('Consultora en transformación digital y sostenibilidad', ['Deloitte'])).toBe(
      false,
    );
    expect(isTitleAtCompany('Ingeniera de software en Google', ['Google'])).toBe(true);
    expect(isTitleAtCompany('Analista na Petrobras', ['Petrobras'])).toBe(true);
    // The rule gives it her current employers as read.
    const r = check('li-headline', {
      linkedin: li({
        headline: found('Abogada especialista en derecho laboral'),
        experience: found([{ title: 'Abogada', company: 'Garrigues', current: true, description: null }]),
      }),
    });
    expect(r.status).not.toBe('fail');
    const d = check('li-headline', {
      linkedin: li({
        headline: found('Abogada en Garrigues'),
        experience: found([{ title: 'Abogada', company: 'Garrigues', current: true, description: null }]),
      }),
    });
    expect(d.status).toBe('fail');
  });
});
