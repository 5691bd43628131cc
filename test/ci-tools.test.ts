import { afterEach, describe, expect, it } from 'vitest';
import { toolAvailable } from './helpers.js';

// A runner without terraform or Node 24 must not pass CI by skipping the tests that need them.

describe('tools the tests need', () => {
  const before = process.env['CI'];
  afterEach(() => {
    if (before === undefined) delete process.env['CI'];
    else process.env['CI'] = before;
  });

  it('a missing tool skips on a developer machine', () => {
    delete process.env['CI'];
    expect(toolAvailable('terraform', false, 'install it')).toBe(false);
    expect(toolAvailable('terraform', true, 'install it')).toBe(true);
  });

  it('a missing tool fails loudly in CI, naming what to install', () => {
    process.env['CI'] = 'true';
    expect(() => toolAvailable('terraform', false, 'put terraform on the PATH')).toThrow('terraform is missing and CI is set: put terraform on the PATH');
    expect(toolAvailable('terraform', true, 'put terraform on the PATH')).toBe(true);
  });
});
