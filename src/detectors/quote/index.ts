import { defineDetector } from '../../engine/detector';

// TODO(#3): placeholder so the registry builds while the detector is written.
export const quote = defineDetector({
  id: 'quote',
  meta: { title: 'Direct quotation', description: '', severity: 'hint', tags: [] },
  detect() {},
});
