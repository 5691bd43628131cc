import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusPlan, hasCorpus } from '../helpers.js';
import { expectSameRead } from '../streaming-equality.js';

// Every real plan of the corpus, streamed and read whole: the same input and the same reports.
const files = hasCorpus ? readdirSync(join(corpusDir, 'terraform')).filter((f) => f.endsWith('.json')).sort() : [];

describe.skipIf(!hasCorpus)('the streaming reader on every corpus plan', () => {
  it.each(files)('%s', (file) => {
    expectSameRead(corpusPlan(file));
  });

  it.each(files)('%s, through a buffer smaller than most elements', (file) => {
    expectSameRead(corpusPlan(file), { stream: true, bufferSize: 64 });
  });

  it('cuts down the plain no-ops of the corpus', () => {
    const cut = files.reduce((n, file) => n + expectSameRead(corpusPlan(file)), 0);
    expect(cut).toBeGreaterThan(50);
  });
});
