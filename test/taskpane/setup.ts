/**
 * jsdom polyfills Fluent UI v9 expects, and a render helper with the FluentProvider.
 * Imported by the component tests (which run under the jsdom environment).
 *
 * Speed without losing checks: Testing Library's role and name queries call getComputedStyle on every
 * candidate element and its ancestors, and jsdom answers by matching the element against every CSS rule
 * in the document. Fluent's Griffel inserts thousands of atomic rules, so one `getByRole` on the expanded
 * tree took seconds (App.test.tsx took 60–90 s). Those queries read only `display` and `visibility`
 * (is the element hidden? is a child block or inline for the accessible name?) and `content` (pseudo
 * elements, which jsdom does not style). So the renderer below inserts every rule that declares one of
 * those properties, in the same order as Griffel would, and drops the rest: the computed `display`,
 * `visibility` and `content` of every element are exactly those of the full stylesheet; other properties
 * (colours, spacing) mean nothing without layout, which jsdom does not do (the e2e test in Chromium
 * checks the real layout). For the same reason the FluentProvider gets no theme: a theme is ~500 CSS custom
 * properties in one rule on the provider's element, which jsdom copied on every query (~45 ms each), and
 * none of them is display, visibility or content.
 *
 * No wall clock: `useFakeClock()` runs the file on Jest's fake timers. The mock host answers through
 * promises only, and Testing Library's waitFor/findBy then advance fake time in 50 ms steps (flushing
 * React and the pending promises at each step) instead of polling for up to one real second: a result
 * is found, or not, whatever the speed of the machine.
 */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { FluentProvider, RendererProvider, createDOMRenderer, type PartialTheme } from '@fluentui/react-components';
import { createElement } from 'react';

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}

/** A CSS rule (Griffel's minified text) that declares a property the accessibility queries read. */
export function affectsAccessibility(cssRule: string): boolean {
  return /[{;]\s*(display|visibility|content)\s*:/i.test(cssRule);
}

/** Theme tokens are CSS custom properties: no effect on what the queries read (see above). */
const NO_THEME: PartialTheme = {};

let renderer: ReturnType<typeof createDOMRenderer> | null = null;

/** One renderer per test file (as Fluent's default one per document), so each rule is inserted once. */
function testRenderer(): ReturnType<typeof createDOMRenderer> {
  if (!renderer) renderer = createDOMRenderer(document, { unstable_filterCSSRule: affectsAccessibility });
  return renderer;
}

/** The UI inside the Griffel renderer above and the FluentProvider, as the pane mounts it. */
export function withFluent(ui: ReactElement): ReactElement {
  const provider = createElement(FluentProvider, { theme: NO_THEME }, ui);
  return createElement(RendererProvider, { renderer: testRenderer(), targetDocument: document, children: provider });
}

export function renderWithFluent(ui: ReactElement): RenderResult {
  return render(withFluent(ui));
}

/** Jest's fake timers for every test of the file (see above); pending timers run before React unmounts. */
export function useFakeClock(): void {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.runOnlyPendingTimers();
    jest.useRealTimers();
  });
}
