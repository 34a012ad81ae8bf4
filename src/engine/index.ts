/** The Credence engine's public API: pure, synchronous, no I/O. Adapters (CLI, VS Code) use only this. */
export { Analyzer, AnalysisCancelled, type AnalyzeOptions, type AnalysisResult, type DetectorFailure } from './analyze';
export { CredenceDocument, BlockCache } from './document';
export { DETECTORS, detectorById } from './registry';
export { SEVERITIES, atLeast, type Finding, type Severity, type RelatedLocation, type Fix, type TextEdit } from './finding';
export type { CredenceConfig, RuleSetting } from './config';
export type { ArticleInfo, Corpus } from './corpus';
export type { Point } from './lines';

import { Analyzer, type AnalyzeOptions, type AnalysisResult } from './analyze';
import { DETECTORS } from './registry';

/** One-shot analysis with every rule; for repeated analysis of one document keep an `Analyzer`. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer(DETECTORS).analyze(text, options);
}
