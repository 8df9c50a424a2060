import { describe, expect, it } from 'vitest';
import { getWorkspaceSymbols, matchesQuery, parse } from '../../server/src/service';
import { lines } from '../helpers';

describe('workspace symbols', () => {
  const documents = [
    { uri: 'file:///a.speech.md', model: parse(lines('在全区经济工作会议上的讲话', '一、稳增长', '（一）抓项目')) },
    { uri: 'file:///b.speech.md', model: parse(lines('同志们：', '一、抓项目建设')) },
  ];

  it('lists titles and headings of every document with their container', () => {
    expect(getWorkspaceSymbols(documents, '').map((s) => [s.name, s.containerName, s.location.uri, s.location.range.start.line])).toEqual([
      ['在全区经济工作会议上的讲话', undefined, 'file:///a.speech.md', 0],
      ['一、稳增长', '在全区经济工作会议上的讲话', 'file:///a.speech.md', 1],
      ['（一）抓项目', '一、稳增长', 'file:///a.speech.md', 2],
      ['一、抓项目建设', '一级标题', 'file:///b.speech.md', 1],
    ]);
  });

  it('filters by the query, characters in order', () => {
    expect(getWorkspaceSymbols(documents, '项目').map((s) => s.name)).toEqual(['（一）抓项目', '一、抓项目建设']);
    expect(getWorkspaceSymbols(documents, '抓建设').map((s) => s.name)).toEqual(['一、抓项目建设']);
  });

  it('matches case-insensitively and ignores spaces in the query', () => {
    expect(matchesQuery('GDP增长', 'gdp 增长')).toBe(true);
    expect(matchesQuery('稳增长', '长稳')).toBe(false);
  });
});
