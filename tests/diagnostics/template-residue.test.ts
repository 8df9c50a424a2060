import { describe, expect, it } from 'vitest';
import { lines } from '../helpers';
import { afterFix, diagnose, found } from './helpers';

describe('template-residue', () => {
  it('reports each residue line and deletes it with its line break', () => {
    const text = lines('仅供学习 禁止外传', '在会议上的讲话', '同志们：', '?', '一、甲');
    expect(found(text, 'template-residue')).toEqual(['template-residue 「仅供学习 禁止外传」', 'template-residue 「?」']);
    expect(diagnose(text)[0].message).toBe('模板残留（水印行）：讲话稿中不应出现，应删除');
    expect(afterFix(text, 'template-residue')).toBe(lines('在会议上的讲话', '同志们：', '?', '一、甲'));
  });

  it('takes extra residue patterns from the configuration', async () => {
    const { EMPTY_CONFIG } = await import('../../server/src/service');
    expect(found(lines('在会议上的讲话', '本文由某某文库提供下载'), 'template-residue', { ...EMPTY_CONFIG, residue: ['文库提供'] })).toHaveLength(1);
  });
});
