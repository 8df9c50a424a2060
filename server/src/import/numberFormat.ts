// Word's number formats (w:numFmt), written as Word shows them: 一、十一、一百零一; ①; 甲; 壹; A; iv.
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_UNITS = ['', '拾', '佰', '仟'];
const UNITS = ['', '十', '百', '千'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1..9999 counted in Chinese: 十, 十一, 二十, 一百零一, 一千零一十. `legal` uses 壹贰叁 and 拾佰仟. */
function chineseCounting(value: number, legal = false): string {
  if (value <= 0 || value >= 10000) return String(value);
  const digits = legal ? LEGAL_DIGITS : DIGITS;
  const units = legal ? LEGAL_UNITS : UNITS;
  const places = String(value).split('').map(Number).reverse();
  let out = '';
  let zero = false;
  for (let p = places.length - 1; p >= 0; p--) {
    const d = places[p];
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0] === '〇' ? '零' : digits[0];
    zero = false;
    // 十一, not 一十一, when ten is the highest place (plain counting only).
    out += (d === 1 && p === 1 && places.length === 2 && !legal ? '' : digits[d]) + units[p];
  }
  return out;
}

const letters = (value: number, upper: boolean) => {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
};

function roman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [n, s] of table) while (value >= n) (out += s), (value -= n);
  return out;
}

const enclosed = (first: number, count: number, value: number) => (value >= 1 && value <= count ? String.fromCodePoint(first + value - 1) : String(value));
const cycle = (list: string, value: number) => list[(value - 1) % list.length];

/** `value` in the format a w:numFmt names; a format we do not know falls back to decimal, as Word does. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(value);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(value, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(value)].map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return cycle(HEAVENLY_STEMS, value);
    case 'ideographZodiac':
      return cycle(EARTHLY_BRANCHES, value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(0x2460, 20, value);
    case 'decimalEnclosedParen':
      return enclosed(0x2474, 20, value);
    case 'decimalEnclosedFullstop':
      return enclosed(0x2488, 20, value);
    case 'ideographEnclosedCircle':
      return enclosed(0x3220, 10, value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
      return letters(value, true);
    case 'lowerLetter':
      return letters(value, false);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    default:
      return String(value);
  }
}
