import { describe, expect, it } from 'vitest';
import { shadowSafeCss } from '../../../src/features/embed/shadowSafeCss';

describe('shadowSafeCss', () => {
  it('declares each @property initial value on every element, in the lowest layer', () => {
    const css = [
      '@layer theme, base, components, utilities;',
      '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
      '@property --tw-rotate-x{syntax:"*";inherits:false}',
      '.shadow{box-shadow:var(--tw-shadow)}',
    ].join('\n');
    const adapted = shadowSafeCss(css);
    expect(adapted.startsWith('@layer properties {')).toBe(true);
    expect(adapted).toContain('*, ::before, ::after, ::backdrop {');
    expect(adapted).toContain('--tw-shadow: 0 0 #0000;');
    // Without an initial value, `initial` is the guaranteed-invalid value, as if unregistered and unset.
    expect(adapted).toContain('--tw-rotate-x: initial;');
    expect(adapted.indexOf('@layer properties')).toBeLessThan(adapted.indexOf('@layer theme'));
  });

  it.each([
    ['a declaration', '.p-4{padding:1rem}', '.p-4{padding:16px}'],
    ['a fraction without a leading zero', ':root{--spacing:.25rem}', ':root{--spacing:4px}'],
    ['a negative length inside calc', '.x{margin:calc(-2rem + 1px)}', '.x{margin:calc(-32px + 1px)}'],
    ['several lengths in one value', '.x{inset:0.5rem 1.5rem}', '.x{inset:8px 24px}'],
    [
      'an escaped class name, which must keep its selector',
      '.w-\\[2rem\\]{width:2rem}',
      '.w-\\[2rem\\]{width:32px}',
    ],
    [
      'a container query, which would otherwise follow the host root font size',
      '@container (width>=64rem){.\\@5xl\\:hidden{display:none}}',
      '@container (width>=1024px){.\\@5xl\\:hidden{display:none}}',
    ],
    ['a word that merely contains "rem"', '.remark{content:"1 remote"}', '.remark{content:"1 remote"}'],
  ])('fixes rem lengths to 16px per rem: %s', (_, css, expected) => {
    expect(shadowSafeCss(css)).toBe(expected);
  });
});
