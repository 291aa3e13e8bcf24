/*
 * The order and grouping of the prevention habits. They do not change with the language; the
 * wording, the "why" and the sources of each habit live in the locale content modules.
 */
import type { ChecklistCategoryId, ChecklistItemId } from '../content/checklist-types.js';

export type { ChecklistCategoryId, ChecklistItemId };

export interface HabitGroup {
  readonly id: ChecklistCategoryId;
  readonly items: readonly ChecklistItemId[];
}

/** Every category, in the order shown, with its habits in the order shown. */
export const habitGroups: readonly HabitGroup[] = [
  { id: 'posture', items: ['sit-supported', 'stand-tall', 'workstation'] },
  { id: 'movement', items: ['core-exercise', 'stretch', 'walk-swim', 'sitting-breaks', 'stay-active'] },
  { id: 'lifting', items: ['lift-with-legs', 'load-close'] },
  { id: 'nutrition', items: ['water', 'magnesium', 'potassium', 'calcium'] },
  { id: 'weight', items: ['healthy-weight'] },
  { id: 'stress-sleep', items: ['relax', 'sleep'] },
  { id: 'footwear', items: ['supportive-shoes'] },
  { id: 'smoking', items: ['smoke-free'] },
];

export const categoryIds: readonly ChecklistCategoryId[] = habitGroups.map((group) => group.id);

export const habitIds: readonly ChecklistItemId[] = habitGroups.flatMap((group) => group.items);

export function isCategoryId(value: string): value is ChecklistCategoryId {
  return (categoryIds as readonly string[]).includes(value);
}

export function isHabitId(value: string): value is ChecklistItemId {
  return (habitIds as readonly string[]).includes(value);
}

/**
 * Reads a `categories` attribute: comma-separated ids, case-insensitive, in any order. Returns the
 * known ids in the standard order and the unknown ones, so the caller can warn about them; a value
 * that names no known category (or is empty) selects every category.
 */
export function parseCategories(raw: string | null | undefined): {
  shown: readonly ChecklistCategoryId[];
  unknown: readonly string[];
  /** True when the value names categories but none of them is known. */
  noneKnown: boolean;
} {
  const named = (raw ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  const unknown = [...new Set(named.filter((part) => !isCategoryId(part)))];
  const known = new Set(named.filter(isCategoryId));
  const noneKnown = named.length > 0 && known.size === 0;
  const shown = known.size === 0 ? categoryIds : categoryIds.filter((id) => known.has(id));
  return { shown, unknown, noneKnown };
}
