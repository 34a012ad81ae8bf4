import type { Detector } from './detector';
import { anonymousSource } from '../detectors/anonymous-source';
import { quote } from '../detectors/quote';
import { unattributedQuote } from '../detectors/unattributed-quote';
import { promotional } from '../detectors/promotional';
import { claimConflict } from '../detectors/claim-conflict';
import { loadedLanguage } from '../detectors/loaded-language';
import { weaselAttribution } from '../detectors/weasel-attribution';
import { singleSourceClaim } from '../detectors/single-source-claim';

/** Every rule Credence has, in report order. A new rule is a folder in src/detectors plus one line here. */
export const DETECTORS: readonly Detector[] = [anonymousSource, quote, unattributedQuote, promotional, claimConflict, loadedLanguage, weaselAttribution, singleSourceClaim];

/** Looks up a rule by id. */
export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((d) => d.id === id);
}
