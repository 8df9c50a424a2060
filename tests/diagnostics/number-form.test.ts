import { describe, expect, it } from 'vitest';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

const forms = (text: string) => found(text, 'number-form');

describe('number-form', () => {
  it('a Chinese-numeral year written with the digit zero', () => {
    expect(forms('二0二五年十月')).toEqual(['number-form 「二0二五」']);
    expect(afterFix('二0二五年十月', 'number-form')).toBe('二〇二五年十月');
    expect(afterFix('二０二五年', 'number-form')).toBe('二〇二五年');
    expect(diagnose('二０二五年').filter((d) => d.code === 'number-form')).toHaveLength(1);
    expect(forms(lines('二〇二五年', '2025年', '二○二○年', '1990年'))).toEqual([]);
  });

  it('a range with a hyphen between numbers with units', () => {
    expect(forms('每村配备3-5个人。')).toEqual(['number-form 「-」']);
    expect(afterFix('增长10%-20%。', 'number-form')).toBe('增长10%～20%。');
    expect(afterFix('投资1.5-2万元。', 'number-form')).toBe('投资1.5～2万元。');
    expect(afterFix('约3~5个', 'number-form')).toBe('约3～5个');
    expect(diagnose('3-5个')[0].message).toBe('数值范围用浪纹线“～”：“3-5”应为“3～5”');
    // 习近平讲话: the message quotes the range whole, with its second %.
    expect(diagnose('水稻产量提高15%－20%。')[0].message).toBe('数值范围用浪纹线“～”：“15%－20%”应为“15%～20%”');
  });

  it('not dates, times, codes, telephone numbers or periods', () => {
    expect(forms(lines('2025-01-01发布', 'GB/T 15835-2011规定', '电话0571-88886666转', '2020-2025年', '1-2月', '9:30-11:30', 'A3-5型', '人民出版社1977年4月第1版，第305-310页'))).toEqual([]);
  });

  it('full-width digits', () => {
    expect(forms('全年投资２０２５万元。')).toEqual(['number-form 「２０２５」']);
    expect(afterFix('全年投资２０２５万元。', 'number-form')).toBe('全年投资2025万元。');
    // 习近平在坦桑尼亚尼雷尔国际会议中心的演讲: a full-width decimal is one number.
    const text = '５０年来累计派出１．８万人次的医疗人员。';
    expect(forms(text)).toEqual(['number-form 「５０」', 'number-form 「１．８」']);
    expect(afterFix(text.slice(4), 'number-form')).toBe('累计派出1.8万人次的医疗人员。');
  });
});
