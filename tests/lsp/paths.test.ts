import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, pathOfUri } from '../../server/src/workspaceIndex';

describe('workspace folders and paths', () => {
  // path.startsWith(folder + '/') never matched a Windows path, so no .speechrc.json search stopped at its folder.
  it('a path is inside its folder with Windows separators too', () => {
    expect(isInside('C:\\ws', 'C:\\ws\\讲话\\a.speech.md', win32)).toBe(true);
    expect(isInside('C:\\ws', 'c:\\WS\\a.speech.md', win32)).toBe(true);
    expect(isInside('C:\\ws', 'C:\\ws2\\a.speech.md', win32)).toBe(false);
    expect(isInside('/ws', '/ws/讲话/a.speech.md', posix)).toBe(true);
    expect(isInside('/ws', '/ws2/a.speech.md', posix)).toBe(false);
    expect(isInside('/ws', '/ws/..x/a.speech.md', posix)).toBe(true);
    expect(isInside('/ws/sub', '/ws/a.speech.md', posix)).toBe(false);
  });

  it('file: URIs Node refuses are no path rather than an exception', () => {
    expect(pathOfUri('file:///tmp/%E8%AE%B2%E8%AF%9D.speech.md')).toBe('/tmp/讲话.speech.md');
    expect(pathOfUri('file://server/share/a.speech.md')).toBeUndefined();
    expect(pathOfUri('file:///tmp/a%2Fb.speech.md')).toBeUndefined();
    expect(pathOfUri('untitled:Untitled-1')).toBeUndefined();
  });
});
