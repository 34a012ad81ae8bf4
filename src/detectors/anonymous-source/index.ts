import { defineDetector } from '../../engine/detector';

// TODO(#3): placeholder so the registry builds while the detector is written.
export const anonymousSource = defineDetector({
  id: 'anonymous-source',
  meta: { title: 'Anonymous sourcing', description: '', severity: 'info', tags: [] },
  detect() {},
});
