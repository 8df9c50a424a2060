// Every check, in one list: checkAll runs those with a rule that is on. To add a check, see CONTRIBUTING.md.
import { countCheck } from './counts';
import { digitInIdiomCheck } from './idioms';
import { markerPunctuationCheck } from './markerPunctuation';
import { mixedStyleCheck } from './mixedStyle';
import { numberingCheck } from './numbering';
import { placeholderCheck } from './placeholders';
import { halfwidthCheck } from './punctuation';
import { residueCheck } from './residue';
import { numberFormCheck } from './numberForms';
import { repeatedWordCheck } from './repeatedWords';
import { termCheck } from './terms';
import type { Check } from './types';
import { unpairedMarkCheck } from './unpairedMarks';
import { wrongWordCheck } from './wrongWords';

export const CHECKS: readonly Check[] = [
  residueCheck,
  placeholderCheck,
  numberingCheck,
  countCheck,
  mixedStyleCheck,
  markerPunctuationCheck,
  halfwidthCheck,
  digitInIdiomCheck,
  wrongWordCheck,
  unpairedMarkCheck,
  repeatedWordCheck,
  numberFormCheck,
  termCheck,
];
