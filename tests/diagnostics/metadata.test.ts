// The rule table is the one source of the rules' metadata: every copy VS Code reads equals it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATEGORIES, BUILT_IN_PRESETS, resolvePreset, RULES } from '../../server/src/service';
import presetData from '../../server/src/service/data/presets.json';
// @ts-expect-error: a build script without type declarations
import { ruleCopies } from '../../scripts/rule-metadata.mjs';
import { readSettings, type Settings } from '../../server/src/settings';
import { root } from '../helpers';
import { startInProcess } from '../lsp/lspClient';

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

describe('setting defaults and bounds: the server reads what package.json declares', () => {
  const properties: Record<string, { default: unknown; minimum?: number; maximum?: number }> = JSON.parse(read('package.json')).contributes.configuration.properties;
  // The setting, and where readSettings puts it.
  const numbers: [string, (raw: number) => unknown, (s: Settings) => unknown][] = [
    ['speech.diagnostics.delay', (v) => ({ diagnostics: { delay: v } }), (s) => s.diagnosticsDelay],
    ['speech.speakingRate', (v) => ({ speakingRate: v }), (s) => s.speakingRate],
    ['speech.diagnostics.maxProblems', (v) => ({ diagnostics: { maxProblems: v } }), (s) => s.maxProblems],
  ];

  it.each(numbers)('%s: the default, and the bounds kept and refused alike', (key, raw, value) => {
    const { default: fallback, minimum, maximum } = properties[key];
    expect(value(readSettings({}))).toBe(fallback);
    if (minimum !== undefined) {
      expect(value(readSettings(raw(minimum)))).toBe(minimum);
      expect(value(readSettings(raw(minimum - 1)))).toBe(fallback);
    }
    if (maximum !== undefined) {
      expect(value(readSettings(raw(maximum)))).toBe(maximum);
      expect(value(readSettings(raw(maximum + 1)))).toBe(fallback);
    }
  });

  it('the switches default as declared', () => {
    const settings = readSettings({});
    expect(settings.codeLens).toBe(properties['speech.codeLens.enabled'].default);
    expect(settings.outline.inlineItems).toBe(properties['speech.outline.inlineItems'].default);
  });

  it('the phrase settings default as declared', () => {
    expect(readSettings({}).phrases).toEqual({ paths: properties['speech.phrases.paths'].default, disabledCategories: properties['speech.phrases.disabledCategories'].default });
  });

  it('with no export settings, the export uses the declared preset and face names', () => {
    const preset = resolvePreset([readSettings({}).export].filter((c) => c !== undefined));
    expect(preset.name).toBe(properties['speech.export.preset'].default);
    expect(preset.faceNames).toBe(properties['speech.export.faceNames'].default);
  });
});

describe('names people pick from: every list equals what the server knows', () => {
  const properties = JSON.parse(read('package.json')).contributes.configuration.properties;
  const schema = JSON.parse(read('client/schemas/speechrc.schema.json'));
  const sorted = (list: readonly string[]) => [...list].sort();

  it('built-in presets: the setting\'s and the schema\'s examples', () => {
    expect(properties['speech.export.preset'].examples).toEqual(BUILT_IN_PRESETS);
    expect(schema.properties.export.properties.preset.examples).toEqual(BUILT_IN_PRESETS);
    expect(schema.definitions.exportPreset.properties.extends.examples).toEqual(BUILT_IN_PRESETS);
  });

  it('face names: the setting\'s and the schema\'s choices are the ones the server takes', () => {
    const choices: string[] = properties['speech.export.faceNames'].enum;
    expect(schema.definitions.faceNames.enum).toEqual(choices);
    for (const faceNames of choices) expect(readSettings({ export: { faceNames } }).export?.faceNames).toBe(faceNames);
    expect(readSettings({ export: { faceNames: 'bold' } }).export?.faceNames).toBeUndefined();
  });

  it('face keys: the schema\'s examples are the faces the presets define', () => {
    expect(sorted(schema.definitions.exportRole.properties.face.examples)).toEqual(sorted(Object.keys(presetData.faces)));
  });

  it('phrase categories the setting can turn off are the built-in ones', () => {
    expect(sorted(properties['speech.phrases.disabledCategories'].items.enum)).toEqual(sorted(BUILT_IN_CATEGORIES));
  });
});

describe('the version: package.json, and every copy of it', () => {
  const { version } = JSON.parse(read('package.json'));

  it('the server reports it on initialize (the CLI\'s --version: tests/cli/office.test.ts)', async () => {
    const session = await startInProcess();
    try {
      expect(session.serverInfo).toEqual({ name: 'speech-writer', version });
    } finally {
      await session.close();
    }
  });

  it('package-lock.json and the package names in README.md state it', () => {
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual([version, version]);
    const named = [...read('README.md').matchAll(/speech-writer-(\d[\w.-]*)\.vsix/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set([version]));
  });
});
