import { defineDetector } from '../../engine/detector';

// TODO(#3): placeholder so the registry builds while the detector is written.
export const promotional = defineDetector({
  id: 'promotional',
  meta: { title: 'Promotional insertion', description: '', severity: 'warning', tags: [] },
  detect() {},
});
