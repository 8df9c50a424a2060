// marker-punctuation: wrong punctuation after a marker (一. 一， （一）、 第一、).
import type { SpeechModel } from '../model';
import { replaceFix, type Check, type Finding } from './types';

export const markerPunctuationCheck: Check = { rules: ['marker-punctuation'], find: findMarkerPunctuation };

function findMarkerPunctuation(model: SpeechModel): Finding[] {
  const text = model.text;
  const found: Finding[] = [];
  const report = (start: number, message: string, newText: string) =>
    found.push({ code: 'marker-punctuation', start, end: start + 1, message, fixes: [replaceFix(text, start, start + 1, newText, true)] });
  for (const speech of model.speeches) {
    for (const heading of speech.headings) {
      const { marker } = heading;
      const numeral = text.slice(marker.numeral.start, marker.numeral.end);
      if (marker.style === 'cn-dot' || marker.style === 'cn-comma') {
        report(marker.end - 1, `一级标题序号“${numeral}”后应用顿号“、”，不用“${text[marker.end - 1]}”`, '、');
      } else if (marker.extraPunctuation) {
        const written = text.slice(marker.start, marker.extraPunctuation.start);
        report(marker.extraPunctuation.start, `“${written}”后不加标点`, '');
      }
    }
    for (const item of speech.items) {
      if (item.family !== 'di' && item.family !== 'order') continue;
      const mark = text[item.marker.end - 1];
      const wrong = item.family === 'di' ? mark === '、' || mark === '：' || mark === ':' : mark === '：' || mark === ':';
      if (wrong) report(item.marker.end - 1, `“${text.slice(item.marker.start, item.marker.end - 1)}”后应用逗号“，”，不用“${mark}”`, '，');
    }
  }
  return found;
}
