/**
 * Export presets: every number of the delivered document's layout (layout.md), shared by the Word export,
 * the page model and the preview. Pure data and arithmetic; the built-in presets live in data/presets.json.
 *
 * Units: paper, margins and the page-number distance in millimetres; type sizes, line spacing and
 * character spacing in points; indents in characters of the role's own size. Line spacing is exact
 * (every line of every role takes `lineSpacing`), so a page holds `linesPerPage` lines of any role.
 *
 * A preset is resolved from a built-in one (`official`, the default, or `reading`), then custom presets
 * from settings `speech.export.*` and then `.speechrc.json` `"export"` (later wins), each may name the
 * preset it `extends`. `faceNames` picks the official face names (仿宋_GB2312 first) or the plain ones (仿宋).
 */
import data from './data/presets.json';

/** What a printed paragraph is; each role has its style in a preset (`roles`). */
export type BlockRole =
  | 'title'
  | 'subtitle'
  | 'speaker'
  | 'date'
  | 'salutation'
  /** A collection's `第一篇：` line. */
  | 'header'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'body'
  | 'closing'
  /** A template-residue line the writer chose to export as it is. */
  | 'residue';

export const BLOCK_ROLES: readonly BlockRole[] = ['title', 'subtitle', 'speaker', 'date', 'salutation', 'header', 'heading1', 'heading2', 'heading3', 'heading4', 'body', 'closing', 'residue'];

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface RoleStyle {
  /** A key of `Preset.faces` (fangsong, kaiti, heiti, songti, xiaobiaosong or a custom one). */
  face: string;
  /** Points (3号 = 16, 2号 = 22, 小二 = 18). */
  size: number;
  bold: boolean;
  align: Alignment;
  /** First-line indent in characters. */
  indent: number;
}

/** The names of one face, most wanted first: those offices install (`official`) or Windows' plain ones. */
export interface FaceNames {
  official: string[];
  plain: string[];
  /** The kind of face the preview falls back to when none of the names is installed (serif when absent). */
  generic?: 'serif' | 'sans-serif';
}

export interface PageNumberStyle {
  face: string;
  size: number;
  /** `outside`: odd pages at the right, even pages at the left; `center`: every page centred. */
  position: 'outside' | 'center';
  /** `— N —` with an em dash on each side. */
  dashes: boolean;
  /** Characters in from the edge of the type area (outside position only). */
  indent: number;
  /** Millimetres from the bottom of the type area to the number's line. */
  distance: number;
}

export interface Preset {
  name: string;
  paper: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  /** Exact line spacing, points. */
  lineSpacing: number;
  /** Points added after every character (negative condenses): −0.25 fits 28 characters of 16 pt in 156 mm. */
  characterSpacing: number;
  /**
   * The extra space Word and LibreOffice put between Chinese and Latin letters or digits (自动调整中文与
   * 西文、数字的间距). Off keeps the grid: a digit takes half a character, as the page model counts it.
   */
  asianLatinSpacing: boolean;
  /** Face for digits and Latin letters. */
  latinFace: string;
  faceNames: 'official' | 'plain';
  faces: Record<string, FaceNames>;
  roles: Record<BlockRole, RoleStyle>;
  /** Blank lines after the title (and subtitle) and before the salutation or first paragraph. */
  headGap: number;
  /** A heading never ends a page. */
  keepHeadingWithNext: boolean;
  /** No single line of a paragraph alone at the top or foot of a page. */
  widowControl: boolean;
  /** Bold the first sentence of inline items (`一是…。`). */
  itemLeadBold: boolean;
  boldLevel3: boolean;
  /** The estimated speaking time beside each level-1 heading (reading copy). */
  showTime: boolean;
  pageNumber: PageNumberStyle;
}

/** A custom preset as written in settings or .speechrc.json: any part of a preset, over the one it extends. */
export type PresetOverride = DeepPartial<Omit<Preset, 'name' | 'faces'>> & { extends?: string; faces?: Record<string, string[] | Partial<FaceNames>> };
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The `"export"` object of .speechrc.json, and settings `speech.export.*`. */
export interface ExportConfig {
  /** Name of the preset to use. */
  preset?: string;
  faceNames?: 'official' | 'plain';
  presets?: Record<string, PresetOverride>;
}

export const DEFAULT_PRESET = 'official';
export const BUILT_IN_PRESETS = Object.keys(data.presets);

const MM_TO_PT = 72 / 25.4;
export const mmToPt = (mm: number) => mm * MM_TO_PT;

/** Width of the type area, points. */
export const typeWidth = (preset: Preset) => mmToPt(preset.paper.width - preset.margins.left - preset.margins.right);
/** Height of the type area, points. */
export const typeHeight = (preset: Preset) => mmToPt(preset.paper.height - preset.margins.top - preset.margins.bottom);

/** The style of a role, with the preset's options applied (bold level 3). */
export function roleStyle(preset: Preset, role: BlockRole): RoleStyle {
  const style = preset.roles[role];
  return role === 'heading3' && preset.boldLevel3 ? { ...style, bold: true } : style;
}

/** Full-width characters on a full line of a role: 28 for the official body. */
export function charsPerLine(preset: Preset, role: BlockRole = 'body'): number {
  return Math.floor(typeWidth(preset) / (preset.roles[role].size + preset.characterSpacing) + 1e-6);
}

/** Lines on a full page: 22 for the official preset. */
export function linesPerPage(preset: Preset): number {
  return Math.floor(typeHeight(preset) / preset.lineSpacing + 1e-6);
}

/** The generic CSS family of a face: 黑体 is a sans-serif face, the others serif. */
export const genericFamily = (preset: Preset, face: string): 'serif' | 'sans-serif' => preset.faces[face]?.generic ?? 'serif';

/** The names of a face, most wanted first, as the preset's `faceNames` asks; the face key itself when unknown. */
export function faceNames(preset: Preset, face: string): string[] {
  const names = preset.faces[face];
  return names ? names[preset.faceNames] : [face];
}

/**
 * The preset to export with: `name` (or the last configuration's `preset`, or official) resolved
 * through `extends`. Unknown names fall back to official; configurations are lenient (validate them
 * with `exportConfigProblems`).
 */
export function resolvePreset(configs: ExportConfig[], name?: string): Preset {
  const custom: Record<string, PresetOverride> = {};
  for (const config of configs) Object.assign(custom, config.presets);
  const wanted = name ?? [...configs].reverse().find((c) => c.preset)?.preset ?? DEFAULT_PRESET;
  const faceNames = [...configs].reverse().find((c) => c.faceNames)?.faceNames;
  const preset = build(wanted, custom, new Set()) ?? build(DEFAULT_PRESET, custom, new Set())!;
  return { ...preset, name: knownPreset(wanted, configs) ? wanted : DEFAULT_PRESET, ...(faceNames && { faceNames }) };
}

/** Whether a preset of that name is built in or defined by one of the configurations. */
export function knownPreset(name: string, configs: ExportConfig[] = []): boolean {
  return BUILT_IN_PRESETS.includes(name) || configs.some((c) => c.presets && Object.hasOwn(c.presets, name));
}

type Raw = Record<string, unknown>;

/**
 * A preset by name: the built-in one, then a custom one of the same name over it; a layer that
 * `extends` another starts from that one. A cycle of `extends` stops where it would repeat.
 */
function build(name: string, custom: Record<string, PresetOverride>, seen: ReadonlySet<string>): Omit<Preset, 'name'> | undefined {
  if (seen.has(name)) return undefined;
  const inside = new Set(seen).add(name);
  const layers = [(data.presets as Record<string, Raw>)[name], Object.hasOwn(custom, name) ? (custom[name] as Raw) : undefined].filter(isObject);
  if (!layers.length) return undefined;
  // Built-in official under everything: a cycle of extends still gives a whole preset.
  let result: Raw = { ...data.presets.official, faces: data.faces };
  // A custom preset that names no base (and no built-in one of its name) refines official.
  const base = layers[0].extends ?? (Object.hasOwn(data.presets, name) ? undefined : DEFAULT_PRESET);
  for (const [index, { extends: parent, faces, ...rest }] of layers.entries()) {
    const from = index === 0 ? base : parent;
    if (typeof from === 'string') result = (build(from, custom, inside) as Raw | undefined) ?? result;
    result = merge(result, rest) as Raw;
    result.faces = { ...(result.faces as Raw), ...normaliseFaces(faces) };
  }
  return result as unknown as Omit<Preset, 'name'>;
}

function normaliseFaces(faces: unknown): Record<string, FaceNames> {
  const out: Record<string, FaceNames> = {};
  if (!faces || typeof faces !== 'object') return out;
  for (const [key, value] of Object.entries(faces)) {
    if (Array.isArray(value)) out[key] = { official: value, plain: value };
    else if (value && typeof value === 'object') {
      const v = value as Partial<FaceNames>;
      out[key] = { official: v.official ?? v.plain ?? [key], plain: v.plain ?? v.official ?? [key], ...(v.generic === 'sans-serif' && { generic: v.generic }) };
    }
  }
  return out;
}

/** Objects merged key by key; anything else (numbers, strings, lists) replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Values a string setting may take, by its key in a preset. */
const CHOICES: Record<string, readonly string[]> = {
  align: ['left', 'center', 'right', 'justify'],
  position: ['outside', 'center'],
  faceNames: ['official', 'plain'],
};

/**
 * Problems in an `"export"` object, in Chinese, each with the key path it is about (for placing it in
 * the file). Every key and value of a custom preset is checked against the official preset's shape.
 */
export function exportConfigProblems(value: unknown): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  if (!isObject(value)) return [{ path: [], message: '“export”应是对象，例如 {"preset": "official"}' }];
  for (const [key, v] of Object.entries(value)) {
    if (key === 'preset') {
      if (typeof v !== 'string') problems.push({ path: [key], message: '“preset”应是预设名称，例如 "official" 或 "reading"' });
      else if (!knownPreset(v, [value as ExportConfig])) problems.push({ path: [key], message: `未知的导出预设“${v}”，可用：${[...BUILT_IN_PRESETS, ...Object.keys(isObject(value.presets) ? value.presets : {})].join(', ')}` });
    } else if (key === 'faceNames') {
      if (!CHOICES.faceNames.includes(v as string)) problems.push({ path: [key], message: '“faceNames”应为 official | plain' });
    } else if (key === 'presets') {
      if (!isObject(v)) {
        problems.push({ path: [key], message: '“presets”应是对象：预设名称 → 预设设置' });
        continue;
      }
      for (const [name, preset] of Object.entries(v)) checkOverride(preset, [key, name], problems);
    } else {
      problems.push({ path: [key], message: `“export”中未知的设置项“${key}”，可用：preset, faceNames, presets` });
    }
  }
  return problems;
}

/**
 * Settings `speech.export.*` as an export configuration: the preset's name as given (an unknown one
 * gives official), face names and custom presets only when they check out.
 */
export function exportConfigFromSettings(raw: unknown): ExportConfig | undefined {
  if (!isObject(raw)) return undefined;
  const config: ExportConfig = {};
  if (typeof raw.preset === 'string' && raw.preset) config.preset = raw.preset;
  for (const key of ['faceNames', 'presets'] as const) if (raw[key] !== undefined && !exportConfigProblems({ [key]: raw[key] }).length) Object.assign(config, { [key]: raw[key] });
  return config;
}

const SHAPE = { ...(data.presets.official as Raw), extends: '' } as Raw;

function checkOverride(value: unknown, path: string[], problems: { path: string[]; message: string }[]): void {
  if (!isObject(value)) {
    problems.push({ path, message: `预设“${path[path.length - 1]}”应是对象` });
    return;
  }
  const walk = (over: Raw, shape: Raw, at: string[]) => {
    for (const [key, v] of Object.entries(over)) {
      const where = [...at, key];
      if (at.length === path.length && key === 'faces') {
        if (!isObject(v) || Object.values(v).some((names) => !isStringList(names) && !(isObject(names) && Object.values(names).every(isStringList))))
          problems.push({ path: where, message: '“faces”应是对象：字体键 → 字体名称列表，例如 {"fangsong": ["仿宋_GB2312", "仿宋"]}' });
        continue;
      }
      if (!Object.hasOwn(shape, key)) {
        problems.push({ path: where, message: `未知的预设设置项“${key}”，可用：${Object.keys(shape).join(', ')}` });
        continue;
      }
      const expected = shape[key];
      if (isObject(expected)) {
        if (isObject(v)) walk(v, expected, where);
        else problems.push({ path: where, message: `“${key}”应是对象` });
      } else if (typeof v !== typeof expected) {
        problems.push({ path: where, message: `“${key}”应是${typeof expected === 'number' ? '数字' : typeof expected === 'boolean' ? ' true 或 false' : '字符串'}` });
      } else if (typeof v === 'number' && (v < 0 || !Number.isFinite(v)) && key !== 'characterSpacing') {
        problems.push({ path: where, message: `“${key}”不能为负数` });
      } else if (CHOICES[key] && !CHOICES[key].includes(v as string)) {
        problems.push({ path: where, message: `“${key}”应为 ${CHOICES[key].join(' | ')}` });
      }
    }
  };
  // Every role takes the body's shape.
  const roles = Object.fromEntries(BLOCK_ROLES.map((r) => [r, (SHAPE.roles as Raw).body]));
  walk(value, { ...SHAPE, roles }, path);
}

const isStringList = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
