// The clinical review sheet of <red-flag-checker>: the policy version, levels, questions,
// combinations and advice, read from the shipped content module (back-spasm-widgets/content), so
// what a clinical lead signs off is exactly what visitors get.
//   clinicalModel(content)    the sheet as plain data
//   clinicalDocument(content) the sheet as sections of paragraphs, lists and tables (the "For
//                             clinicians" demo page draws it)
//   clinicalMarkdown(content) the same document as Markdown (docs/clinical-policy.md, written by
//                             scripts/docs.mjs)
// `content` is the module namespace of dist/content/index.js. No imports and no Node APIs, so the
// demo page can load this file in the browser.

/**
 * The combination rules of src/triage/index.ts in plain words, by combination id. A "yes" or a
 * "not sure" counts for every answer named. clinicalModel() throws when the policy has a
 * combination without a description here, or this table describes one the policy lacks.
 */
export const combinationRules = {
  'cancer-with-nerve-signs': 'Has had cancer (`cancer-history`) and has any nerve sign, or pain spreading down one leg below the knee (`leg-pain`).',
  'fever-with-nerve-signs': 'A high temperature (`fever`) and any nerve sign.',
  'infection-risk-with-nerve-signs': 'More at risk of infection (`infection-risk`) and any nerve sign, with or without a high temperature.',
  'fever-with-infection-risk': 'More at risk of infection (`infection-risk`) and a high temperature (`fever`).',
  'belly-pain-at-60': 'Pain in the belly as well as the back (`belly-pain`) at age 60 or more.',
  'fall-with-fragile-bones':
    'The pain started after a fall or a knock (`minor-fall`) or while lifting, bending or twisting (`lifting-strain`), and either thin bones or long-term steroid tablets (`bone-fragility`) or age 70 or more.',
  'severe-pain-fragile-or-older':
    'The pain is very severe or getting worse day by day (`severe-worsening`), and either thin bones or long-term steroid tablets (`bone-fragility`) or age 60 or more.',
  'young-child': 'Age under 6.',
  child: 'Age under 16.',
  'first-episode-at-risk-age': 'The first back pain, or unlike any before (`first-episode`), at age 50 or more or under 20.',
  'not-improving':
    'The episode has lasted 3 days or more (`durationDays` 3 or more) and is not clearly getting better: "getting better" answered no or not sure, or not given at all.',
  'over-six-weeks': 'The episode has lasted more than 6 weeks (`durationDays` over 42).',
};

/** The levels at which the checker stops asking and shows the result at once. */
const EMERGENCY_LEVELS = ['call-emergency', 'emergency-department'];

/** Regions whose default emergency number the sheet lists (the widget knows more). */
const EXAMPLE_REGIONS = ['US', 'GB', 'AU', 'NZ', 'FR', 'ES'];

/**
 * The link or button under each level's action, in the widget's words. Which one a visitor sees
 * depends on what the site sets: `{number}` is the emergency number, `{clinic}` and `{phone}` the
 * clinic's name and phone number.
 */
const levelButtons = {
  'call-emergency': (ui) => [`"${ui.callNumber}": a tel: link to the emergency number`],
  'emergency-department': (ui) => [`"${ui.callIfUnsafe}": a tel: link to the emergency number`],
  urgent: (ui) => [
    `"${ui.callClinicToday}": a tel: link, when the site sets clinic-phone`,
    `"${ui.noClinicUrgent}" without clinic-phone`,
    `Then "${ui.clinicClosed}" where the region has a national line open day and night, else "${ui.clinicClosedNoLine}"`,
  ],
  appointment: (ui) => [
    `"${ui.bookWith}" or "${ui.book}": the booking link, when the site sets booking-url`,
    `"${ui.callClinic}": a tel: link, with clinic-phone but no booking-url`,
    `"${ui.noClinicAppointment}" with neither`,
  ],
  'self-care': (ui) => [`No link: the home-care plan and the "${ui.safetyNetHeading}" lists.`],
};

function fail(message) {
  throw new Error(`clinical review sheet: ${message}`);
}

/** Throws unless the two lists hold the same ids; `what` names them in the message. */
function sameIds(what, left, leftName, right, rightName) {
  const a = new Set(left);
  const b = new Set(right);
  const onlyLeft = [...a].filter((id) => !b.has(id));
  const onlyRight = [...b].filter((id) => !a.has(id));
  if (onlyLeft.length > 0) fail(`${what} in ${leftName} but not in ${rightName}: ${onlyLeft.join(', ')}`);
  if (onlyRight.length > 0) fail(`${what} in ${rightName} but not in ${leftName}: ${onlyRight.join(', ')}`);
}

/** The sheet as plain data: every text as the English widget shows it, with its sources. */
export function clinicalModel(content) {
  const { policyVersion, levelOrder, sectionOrder, questionPolicy, nerveSigns, combinationPolicy, adviceIds, sources } = content;
  const text = content.en.checker;

  sameIds('combinations', combinationPolicy.map((c) => c.id), 'the policy (combinationPolicy)', Object.keys(combinationRules), 'the plain-words rules (scripts/clinical-sheet.mjs)');
  sameIds('combinations', combinationPolicy.map((c) => c.id), 'the policy (combinationPolicy)', Object.keys(text.combinations), 'the English wording');
  sameIds('questions', questionPolicy.map((q) => q.id), 'the policy (questionPolicy)', Object.keys(text.questions), 'the English wording');
  sameIds('levels', levelOrder, 'the policy (levelOrder)', Object.keys(text.levels), 'the English wording');
  sameIds('levels', levelOrder, 'the policy (levelOrder)', Object.keys(levelButtons), 'the action links (scripts/clinical-sheet.mjs)');
  sameIds('advice', adviceIds, 'the policy (adviceIds)', Object.keys(text.advice), 'the English wording');
  for (const level of EMERGENCY_LEVELS) if (!levelOrder.includes(level)) fail(`no level ${level} in the policy`);

  const questionIds = new Set(questionPolicy.map((q) => q.id));
  const cite = (keys, where) =>
    keys.map((key) => {
      const source = sources[key];
      if (!source) fail(`${where} cites ${key}, which is not in sources`);
      return { key, publisher: source.publisher, title: source.title };
    });
  const levelOf = (id) => {
    if (id !== 'modifier' && id !== 'gate' && !levelOrder.includes(id)) fail(`unknown level ${id}`);
    return id;
  };
  const question = (id) => {
    if (!questionIds.has(id)) fail(`unknown question ${id}`);
    return { id, text: text.questions[id].text };
  };

  const sections = sectionOrder.map((id) => ({ id, title: text.sections[id].title, intro: text.sections[id].intro }));
  const sectionTitle = (id) => {
    if (!text.sections[id]) fail(`unknown section ${id}`);
    return text.sections[id].title;
  };

  const cited = new Set();
  const remember = (list) => {
    for (const source of list) cited.add(source.key);
    return list;
  };
  const durations = text.context.durations.map(({ label, days }) => ({ label, days }));
  durations.forEach((d, i) => {
    if (!Number.isFinite(d.days) || (i > 0 && d.days <= durations[i - 1].days)) fail('the durations offered are not in increasing order of days');
  });
  const answers = text.answers;
  const emergencyNumber = {
    placeholder: '{emergency}',
    defaultNumber: content.DEFAULT_EMERGENCY_NUMBER,
    regions: EXAMPLE_REGIONS.map((region) => ({ region, number: content.emergencyNumberFor(region) })),
  };

  return {
    policyVersion,
    answers: { yes: answers.yes, no: answers.no, unsure: answers.unsure },
    rules: [
      `Each question is answered "${answers.yes}", "${answers.no}" or "${answers.unsure}".`,
      `"${answers.unsure}" counts as "${answers.yes}": it leads to the same level, and the result lists the answers that were not sure.`,
      `A missing "getting better" (\`improving\`) answer counts as "${answers.unsure}". The widget always asks it; a site that calls the triage engine directly may leave it out.`,
      `A question left out counts as "${answers.no}" in the triage engine. The widget accepts no blank: it does not move on until every question on the step is answered.`,
      'The result is the most urgent level reached by any single answer or combination. One more "yes" or "not sure" can never lower it.',
      `As soon as the answers given so far reach \`${EMERGENCY_LEVELS.join('` or `')}\`, the checker stops asking and shows the result.`,
      'A follow-up question is asked only after its question is answered "yes" or "not sure"; when given, it always counts.',
      `\`${emergencyNumber.placeholder}\` in the wording, and \`{number}\` in a link, is the emergency number: the site's \`emergency-number\` attribute, else the number of the region in the widget's language tag, its own \`lang\` or the page's (${emergencyNumber.regions
        .map(({ region, number }) => `${region} ${number}`)
        .join(', ')}, and others), else ${emergencyNumber.defaultNumber}. \`{clinic}\` and \`{phone}\` are the site's \`clinic-name\` and \`clinic-phone\`.`,
    ],
    emergencyNumber,
    levels: levelOrder.map((id) => ({
      id,
      title: text.levels[id].title,
      action: text.levels[id].action,
      buttons: levelButtons[id](text.ui),
      stopsQuestions: EMERGENCY_LEVELS.includes(id),
    })),
    sections,
    questions: questionPolicy.map((q, index) => ({
      position: index + 1,
      id: q.id,
      section: q.section,
      sectionTitle: sectionTitle(q.section),
      text: text.questions[q.id].text,
      hint: text.questions[q.id].hint ?? '',
      items: text.questions[q.id].items ?? [],
      level: levelOf(q.level),
      followUpOf: q.followUpOf ? question(q.followUpOf) : null,
      yesStatement: text.questions[q.id].yes,
      unsureStatement: text.questions[q.id].unsure,
      sources: remember(cite(q.sources, `question ${q.id}`)),
    })),
    nerveSigns: nerveSigns.map(question),
    combinations: combinationPolicy.map((c) => ({
      id: c.id,
      rule: combinationRules[c.id],
      level: levelOf(c.level),
      statement: text.combinations[c.id],
      sources: remember(cite(c.sources, `combination ${c.id}`)),
    })),
    advice: adviceIds.map((id) => ({
      id,
      question: question(id),
      text: text.advice[id].text,
      sources: remember(cite(text.advice[id].sources, `advice ${id}`)),
    })),
    selfCareHeading: text.ui.selfCareHeading,
    selfCare: text.selfCare.map((item, index) => ({ text: item.text, sources: remember(cite(item.sources, `selfCare[${index}]`)) })),
    medicine: text.medicine,
    safetyNetHeading: text.ui.safetyNetHeading,
    safetyNetWorse: text.safetyNet.worse,
    safetyNet: ['callEmergency', 'emergencyDepartment', 'doctorToday', 'book'].map((key) => ({
      key,
      heading: text.safetyNet[key].heading,
      items: text.safetyNet[key].items.map((item, index) => ({ text: item.text, sources: remember(cite(item.sources, `safetyNet.${key}[${index}]`)) })),
    })),
    labour: { text: text.safetyNet.labour.text, sources: remember(cite(text.safetyNet.labour.sources, 'safetyNet.labour')) },
    start: {
      intro: text.intro,
      emergency: text.start.emergency,
      unsure: text.start.unsure,
      someoneElse: text.start.someoneElse,
      emergencyLink: text.ui.emergencyLink,
      progress: text.ui.progress,
      localNumber: text.ui.localNumber,
    },
    context: {
      durationQuestion: text.context.durationLegend,
      durations,
      improvingQuestion: text.context.improvingLegend,
      ageQuestion: text.context.ageLabel,
      ageHint: text.context.ageHint,
      ageError: text.context.ageError,
    },
    disclaimer: text.disclaimer,
    // Every source cited above, in the order of the sources table.
    sources: Object.keys(sources)
      .filter((key) => cited.has(key))
      .map((key) => ({ key, publisher: sources[key].publisher, title: sources[key].title })),
  };
}

// ---------------------------------------------------------------------------------------------
// The sheet as a document: sections of paragraphs, lists, tables and quotes. Text marks ids as
// `code`; a table cell is text, a number, { sources } or { items }. Both the Markdown below and
// the demo page draw this same document.

const code = (value) => `\`${value}\``;
const levelName = (level) =>
  level === 'modifier' ? 'modifier (counts only in combinations)' : level === 'gate' ? 'gate (decides whether its follow-ups are asked)' : code(level);
const p = (text) => ({ type: 'paragraph', text });
const list = (items) => ({ type: 'list', items });
const quote = (text) => ({ type: 'quote', text });
/** `rowHeader`: the index of the cell that heads each row (an id, mostly), or null for none. */
const table = (label, head, rows, rowHeader = 0) => ({ type: 'table', label, head, rows, rowHeader });

export function clinicalDocument(content) {
  const m = clinicalModel(content);
  const { yes, no, unsure } = m.answers;
  const selfCareOnly = p('Shown with the `self-care` result.');
  return {
    title: `Clinical review sheet: \`<red-flag-checker>\`, policy ${m.policyVersion}`,
    policyVersion: m.policyVersion,
    intro: [
      p(
        `This sheet is generated from the data the checker ships (its policy, its English wording and its sources), so what a clinical lead signs off is exactly what visitors get. It covers policy version ${m.policyVersion}, the version the checker shows in its summary for a clinician.`,
      ),
      table('Sign-off', ['Reviewed by', 'Role', 'Date', 'Signature'], [['', '', '', '']], null),
    ],
    sections: [
      { title: 'How answers are counted', blocks: [list(m.rules)] },
      {
        title: 'Levels of care, most urgent first',
        blocks: [
          table(
            'Levels of care',
            ['Level', 'Heading', 'What to do', 'Link or button', 'Stops the questions'],
            m.levels.map((l) => [code(l.id), l.title, l.action, { items: l.buttons }, l.stopsQuestions ? 'yes' : 'no']),
          ),
        ],
      },
      {
        title: 'Sections',
        blocks: [
          p('The questions are asked in these sections, in this order.'),
          table('Sections', ['Section', 'Title', 'Introduction'], m.sections.map((s) => [code(s.id), s.title, s.intro])),
        ],
      },
      {
        title: 'Questions, in asking order',
        blocks: [
          p(`"Level" is where a "${yes}" or a "${unsure}" leads on its own.`),
          table(
            'Questions',
            ['#', 'Id', 'Section', 'Question', 'Hint', 'Level', 'Follow-up of', 'Sources'],
            m.questions.map((q) => [
              q.position,
              code(q.id),
              code(q.section),
              q.items.length > 0 ? { items: [q.text, ...q.items] } : q.text,
              q.hint || '—',
              levelName(q.level),
              q.followUpOf ? code(q.followUpOf.id) : '—',
              { sources: q.sources },
            ]),
            1,
          ),
        ],
      },
      {
        title: 'Reasons the result gives',
        blocks: [
          p('Under "Why", the result names each answer that set the level, as a statement.'),
          table('Reasons', ['Id', `After "${yes}"`, `After "${unsure}"`], m.questions.map((q) => [code(q.id), q.yesStatement, q.unsureStatement])),
        ],
      },
      {
        title: 'Nerve signs',
        blocks: [p('The combinations below use this list.'), table('Nerve signs', ['Id', 'Question'], m.nerveSigns.map((q) => [code(q.id), q.text]))],
      },
      {
        title: 'Combinations',
        blocks: [
          p('Combinations escalate above the single answers. Every other combination of answers leads to `self-care`.'),
          table(
            'Combinations',
            ['Id', 'Rule', 'Level', 'Reason the result gives', 'Sources'],
            m.combinations.map((c) => [code(c.id), c.rule, code(c.level), c.statement, { sources: c.sources }]),
          ),
        ],
      },
      {
        title: 'Advice for one answer',
        blocks: [
          p('Shown under the action when that answer is among the reasons for the level.'),
          table('Advice for one answer', ['Answer', 'Advice', 'Sources'], m.advice.map((a) => [code(a.id), a.text, { sources: a.sources }])),
        ],
      },
      {
        title: `Self-care plan: "${m.selfCareHeading}"`,
        blocks: [selfCareOnly, table('Self-care plan', ['#', 'Advice', 'Sources'], m.selfCare.map((item, i) => [i + 1, item.text, { sources: item.sources }]))],
      },
      {
        title: `Safety net: "${m.safetyNetHeading}"`,
        blocks: [
          p(
            `Shown, written out in full, with every result below \`emergency-department\`: each list names the signs of a level more urgent than the one shown. \`urgent\` shows the first two lists, \`appointment\` the first three, \`self-care\` all four. For \`urgent\` and \`appointment\` the lists start "${m.safetyNetWorse}"`,
          ),
          ...m.safetyNet.map((group) =>
            table(group.heading, ['#', group.heading, 'Sources'], group.items.map((item, i) => [i + 1, item.text, { sources: item.sources }]), null),
          ),
          p(`Added to the emergency-department list when the visitor answered "${yes}" or "${unsure}" to \`pregnant\`: "${m.labour.text}" (${m.labour.sources.map((s) => code(s.key)).join(', ')})`),
        ],
      },
      {
        title: 'Around the questions',
        blocks: [
          p(`The first screen, before the first question: "${m.start.intro}" "${m.start.emergency}" (a tel: link) "${m.start.unsure}" "${m.start.someoneElse}"`),
          p(`Every other question screen: "${m.start.emergencyLink}" (a tel: link), and "${m.start.progress}" for the whole check.`),
          p(`Where the emergency number is a guess (no region, or one without a cited number), it shows as "${m.start.localNumber}".`),
          p(
            `An answer counts only when it was meant for the screen on show: a tap, click or key that began before the screen appeared never answers it, and a new screen takes no answer for its first 400 ms.`,
          ),
          p(`\`{paracetamol}\` in the self-care plan is "${m.medicine.acetaminophen}" where the region is the US or Canada, else "${m.medicine.paracetamol}".`),
        ],
      },
      {
        title: 'About you and the pain',
        blocks: [
          p(`Asked with the "pain" section: "${m.context.durationQuestion}" The ranges do not overlap; each answer counts as the first day of its range (\`durationDays\`).`),
          table('Durations offered', ['Answer offered', 'Counts as days'], m.context.durations.map((d) => [d.label, d.days])),
          p(`Also asked with the "pain" section: "${m.context.improvingQuestion}" (\`improving\`: ${yes} / ${no} / ${unsure}).`),
          p(
            `Asked first, alone in the "about" section: "${m.context.ageQuestion}" (${m.context.ageHint}) If the answer cannot be used: "${m.context.ageError}" The widget asks \`pregnant\` only for ages 10 to 55; otherwise it counts as "${no}".`,
          ),
        ],
      },
      { title: 'Disclaimer', blocks: [p('Shown with every result.'), quote(m.disclaimer)] },
      { title: 'Sources', blocks: [table('Sources', ['Key', 'Publisher', 'Title'], m.sources.map((s) => [code(s.key), s.publisher, s.title]))] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown

const oneLine = (value) => String(value).replace(/\s+/g, ' ').trim();
const cellText = (value) => {
  if (value && typeof value === 'object' && 'sources' in value) return value.sources.map((s) => `${code(s.key)} ${s.title}`).join('; ');
  if (value && typeof value === 'object' && 'items' in value) return value.items.join(' / ');
  return String(value ?? '');
};
const cell = (value) => oneLine(cellText(value)).replace(/\|/g, '\\|');

function markdownBlock(block) {
  switch (block.type) {
    case 'paragraph':
      return oneLine(block.text);
    case 'list':
      return block.items.map((item) => `- ${oneLine(item)}`).join('\n');
    case 'quote':
      return `> ${oneLine(block.text)}`;
    case 'table':
      return [`| ${block.head.map(cell).join(' | ')} |`, `| ${block.head.map(() => '---').join(' | ')} |`, ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join(
        '\n',
      );
    default:
      return fail(`unknown block ${block.type}`);
  }
}

/** The sheet as Markdown, for docs/clinical-policy.md. */
export function clinicalMarkdown(content) {
  const doc = clinicalDocument(content);
  const parts = [
    `# ${doc.title}`,
    '<!-- Generated by scripts/docs.mjs (`npm run docs`) from the shipped policy (src/content/policy.ts), English wording (src/content/en/checker.ts) and sources (src/content/sources.ts). Edit those, not this file. The demo site\'s "For clinicians" page (demo/clinicians.html) draws the same sheet, ready to print. -->',
    ...doc.intro.map(markdownBlock),
    ...doc.sections.flatMap((section) => [`## ${section.title}`, ...section.blocks.map(markdownBlock)]),
  ];
  return `${parts.join('\n\n')}\n`;
}
