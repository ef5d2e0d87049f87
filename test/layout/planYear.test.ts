/** The plan year is decided in one place, and the pure layers never read the clock. */
import * as fs from 'fs';
import * as path from 'path';
import { decidePlanYear, YEARLESS_PLAN_YEAR } from '../../src/layout/planYear';

describe('decidePlanYear', () => {
  it('the year asked for, when the sheet has its target column (or no year columns)', () => {
    expect(decidePlanYear(2023, [2022, 2023, 2024], 2026, 2022)).toEqual({ year: 2023, warning: null });
    expect(decidePlanYear(2019, [], 2026, null)).toEqual({ year: 2019, warning: null });
  });

  it('the sheet’s first year when the one asked for has no column, with a warning', () => {
    expect(decidePlanYear(2030, [2024, 2022], 2026, 2022)).toEqual({
      year: 2022,
      warning: "l'anno 2030 non ha una colonna di target (anni presenti: 2022, 2024): si usa il 2022",
    });
  });

  it('without a request: the sheet’s first year, else the current year the back end gives', () => {
    expect(decidePlanYear(undefined, [2022, 2023], 2026, 2022)).toEqual({ year: 2022, warning: null });
    expect(decidePlanYear(null, [], 2026, null)).toEqual({ year: 2026, warning: null });
    expect(decidePlanYear(undefined, [], undefined, null)).toEqual({ year: YEARLESS_PLAN_YEAR, warning: null });
  });
});

describe('the pure layers', () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  it('never read the clock (src/engine, src/layout)', () => {
    const root = path.join(__dirname, '../../src');
    const offenders = [...files(path.join(root, 'engine')), ...files(path.join(root, 'layout'))]
      .filter((f) => /new Date\(\)|Date\.now\(\)/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
