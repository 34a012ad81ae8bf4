import { defineDetector } from '../../engine/detector';

// TODO(#3): placeholder so the registry builds while the detector is written.
export const unattributedQuote = defineDetector({
  id: 'unattributed-quote',
  meta: { title: 'Unattributed quotation', description: '', severity: 'warning', tags: [] },
  detect() {},
});
