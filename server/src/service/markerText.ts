// Markers written out from a family and a number, for the checks, their fixes and completion.
import type { EnumFamily } from './model';
import { formatChineseNumeral } from './numerals';

/** A marker of `family` with number `value`: 三是, 三要, 第三，, 再次，. */
export function familyMarker(family: EnumFamily, value: number): string {
  if (family === 'order') return (['首先', '其次', '再次'][value - 1] ?? '最后') + '，';
  const numeral = formatChineseNumeral(value);
  return family === 'shi' ? `${numeral}是` : family === 'yao' ? `${numeral}要` : `第${numeral}，`;
}
