/** Wording of <prevention-checklist>. */
export interface ChecklistContent {
  readonly heading: string;
}
