/** @jest-environment jsdom */
/** The test renderer (test/taskpane/setup.ts) keeps every style rule the accessibility queries read. */
import { screen } from '@testing-library/react';
import { makeStyles } from '@fluentui/react-components';
import { affectsAccessibility, renderWithFluent } from './setup';

test('rules declaring display, visibility or content are kept; the others are dropped', () => {
  for (const rule of ['.a{display:none;}', '.b{visibility:hidden;}', '.c::after{content:"";}', '.d{align-items:center;display:inline-flex;}', '@media (forced-colors: active){.e{display:none;}}', '.f{ display : block }']) {
    expect({ rule, kept: affectsAccessibility(rule) }).toEqual({ rule, kept: true });
  }
  for (const rule of ['.g{color:red;}', '.h{padding-left:4px;}', '.i{--display:none;}', '.j{grid-template-areas:"display";}']) {
    expect({ rule, kept: affectsAccessibility(rule) }).toEqual({ rule, kept: false });
  }
});

const useStyles = makeStyles({
  gone: { display: 'none' },
  invisible: { visibility: 'hidden' },
  coloured: { color: 'rgb(1, 2, 3)' },
});

function Buttons() {
  const styles = useStyles();
  return (
    <>
      <button className={styles.gone}>Nascosto</button>
      <button className={styles.invisible}>Invisibile</button>
      <button className={styles.coloured}>Visibile</button>
    </>
  );
}

test('an element Griffel hides is still hidden for the role queries; colours are not inserted', () => {
  renderWithFluent(<Buttons />);
  expect(screen.queryByRole('button', { name: 'Nascosto' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Invisibile' })).toBeNull();
  // they are there, only hidden (and a hidden element's content gives it no name)
  expect(screen.getAllByRole('button', { hidden: true }).map((b) => b.textContent)).toEqual(['Nascosto', 'Invisibile', 'Visibile']);
  expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Visibile']);
  expect(screen.getByRole('button', { name: 'Visibile' })).toBeTruthy();
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
  expect(rules.some((r) => r.includes('display: none'))).toBe(true);
  expect(rules.some((r) => r.includes('rgb(1, 2, 3)'))).toBe(false);
});
