import type { SourceKey } from './types.js';

export interface Source {
  /** Who published it. */
  readonly publisher: string;
  /** Its title, in its original language. */
  readonly title: string;
}

/** Every source a statement may cite. Shown as text only: the widgets make no network request. */
export const sources: Readonly<Record<SourceKey, Source>> = {
  'seed-000': { publisher: 'Back-health article', title: 'What Is A Back Spasm?' },
  'seed-001': { publisher: 'Back-health article', title: 'How to Relieve Back Muscle Spasms and Prevent Them' },
  'seed-002': {
    publisher: 'Empower Fitness',
    title: 'When Should I Be Worried About Back Spasms? Red Flags & Care',
  },
  'seed-003': { publisher: 'Penn Spine & Ortho (medically reviewed)', title: 'How to Stop Back Spasms' },
  'seed-004': { publisher: 'Westwood Total Health', title: 'Back Spasms' },
  'NHS-BP': { publisher: 'NHS', title: 'Back pain' },
  'NHS-SCI': { publisher: 'NHS', title: 'Sciatica' },
  'CES-CARD': {
    publisher: 'Greenhalgh, Mercer, Finucane (used by UK NHS trusts)',
    title: 'Cauda equina syndrome warning-sign card',
  },
  CKS: {
    publisher: 'NICE Clinical Knowledge Summaries',
    title: 'Back pain - low (without radiculopathy): red flags',
  },
  'NHS-KI': { publisher: 'NHS', title: 'Kidney infection' },
  'NHS-PREG': { publisher: 'NHS', title: 'Back pain in pregnancy; Signs that labour has begun' },
  'NHS-IBU': { publisher: 'NHS', title: 'Ibuprofen for adults: who can and cannot take it' },
  NG234: { publisher: 'NICE', title: 'NG234: Spinal metastases and metastatic spinal cord compression' },
  NG156: { publisher: 'NICE', title: 'NG156: Abdominal aortic aneurysm: diagnosis and management' },
  'ST-BP': { publisher: 'Schmitt-Thompson Clinical Content', title: 'Adult telephone triage protocol: Back Pain' },
  PAED: {
    publisher: "Perth Children's Hospital; Children's Hospital of The King's Daughters",
    title: 'Back pain in children: red flags',
  },
  NG59: { publisher: 'NICE', title: 'NG59: Low back pain and sciatica in over 16s' },
  'ACP-IMG': {
    publisher: 'American College of Physicians (Chou et al.)',
    title: 'Diagnostic imaging for low back pain: red flags',
  },
  'NHS-CP': { publisher: 'NHS', title: 'Chest pain' },
  'NHS-111': { publisher: 'NHS 111 online', title: 'Get help for a symptom' },
  'ITU-112': {
    publisher: 'ITU; European Commission; 3GPP',
    title: 'List of emergency numbers (ITU-T E.164 bulletin); 112, the European emergency number; TS 22.101',
  },
  'NHS-SPRAINS': { publisher: 'NHS', title: 'Sprains and strains' },
  'ACP-LBP': {
    publisher: 'American College of Physicians (2017)',
    title: 'Noninvasive treatments for acute, subacute, and chronic low back pain',
  },
  'COCHRANE-HEAT': {
    publisher: 'Cochrane review',
    title: 'Superficial heat or cold for low back pain',
  },
};

export const sourceKeys = Object.keys(sources) as SourceKey[];
