// The rule table is the one source of the rules' metadata: every copy VS Code reads equals it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/service';
// @ts-expect-error: a build script without type declarations
import { ruleCopies } from '../../scripts/rule-metadata.mjs';
import { root } from '../helpers';

const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('rule metadata (run node scripts/rule-metadata.mjs after changing rules.ts)', () => {
  const copies: Record<string, string> = ruleCopies(RULES, read);

  it.each(Object.keys(copies))('%s equals the rule table (codes, default severities, descriptions)', (file) => {
    expect(read(file)).toBe(copies[file]);
  });

  it('a copy that differs is found: a changed default severity', () => {
    const changed = RULES.map((r) => (r.code === 'placeholder' ? { ...r, severity: 'error' } : r));
    expect(ruleCopies(changed, read)['package.json']).not.toBe(read('package.json'));
  });
});
