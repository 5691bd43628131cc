import { describe, expect, it } from 'vitest';
import { REDACTED, UNKNOWN } from '../src/model.js';
import { cleanValues } from '../src/sources/terraform/values.js';

describe('cleanValues', () => {
  it('redacts sensitive leaves at any depth and keeps the rest', () => {
    const out = cleanValues(
      { name: 'db', password: 'hunter2', nested: [{ token: 'abc', keep: 1 }] },
      { password: true, nested: [{ token: true }] },
    );
    expect(out).toEqual({ name: 'db', password: REDACTED, nested: [{ token: REDACTED, keep: 1 }] });
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(JSON.stringify(out)).not.toContain('abc');
  });

  it('redacts a wholly sensitive value without keeping its keys', () => {
    expect(cleanValues({ secret: 'x' }, true)).toEqual({ value: REDACTED });
  });

  it('marks unknown values, including keys only the unknown mask names', () => {
    const out = cleanValues({ bucket: 'b', tags: { a: '1' } }, false, { id: true, arn: true, tags: { b: true } });
    expect(out).toEqual({ bucket: 'b', id: UNKNOWN, arn: UNKNOWN, tags: { a: '1', b: UNKNOWN } });
  });

  it('lets sensitivity win over unknown', () => {
    expect(cleanValues({}, { key: true }, { key: true })).toEqual({ key: REDACTED });
  });

  it('returns null for a missing side', () => {
    expect(cleanValues(null, false)).toBeNull();
  });
});
