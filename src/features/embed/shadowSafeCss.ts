const PROPERTY_RULE = /@property\s+(--[\w-]+)\s*\{([^}]*)\}/g;
const INITIAL_VALUE = /initial-value\s*:\s*([^;]+)/;
// A number followed by `rem` in a value or a query condition (`width>=64rem`), not inside an
// escaped class name such as `.w-\[2rem\]`.
const REM_LENGTH = /(?<=[\s(:,*/+=<>])(-?\d*\.?\d+)rem\b/g;
const PX_PER_REM = 16;

/**
 * Adapts the app's stylesheet (Tailwind v4) to a shadow root on someone else's page:
 *
 * - `@property` rules are ignored inside shadow roots, so utilities that combine `--tw-*`
 *   properties (shadows, rings, transforms, gradients) would lose their initial values: they are
 *   declared on every element instead, in the lowest layer so any utility still overrides them.
 * - `rem` follows the host page's root font size (`html { font-size: 40px }` would scale the
 *   whole element, and move its container-query breakpoints), so lengths are fixed to the
 *   browser default of 16px per rem.
 */
export function shadowSafeCss(css: string): string {
  const initialValues = [...css.matchAll(PROPERTY_RULE)].map(([, name, body]) => {
    const initial = INITIAL_VALUE.exec(body ?? '')?.[1]?.trim() ?? 'initial';
    return `${name}: ${initial};`;
  });
  const pxLengths = css.replace(REM_LENGTH, (_, rem: string) => `${Number(rem) * PX_PER_REM}px`);
  if (initialValues.length === 0) return pxLengths;
  const fallbacks = `@layer properties {\n  *, ::before, ::after, ::backdrop {\n    ${initialValues.join('\n    ')}\n  }\n}\n`;
  return fallbacks + pxLengths;
}
