import type { ChecklistContent } from '../checklist-types.js';

export const checklist: ChecklistContent = {
  heading: 'Prevent the next spasm',
};
