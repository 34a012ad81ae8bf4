import { defineDetector } from '../../engine/detector';

// TODO(#3): placeholder so the registry builds while the detector is written.
export const claimConflict = defineDetector({
  id: 'claim-conflict',
  meta: { title: 'Claim disagrees with other coverage', description: '', severity: 'warning', tags: [] },
  detect() {},
});
