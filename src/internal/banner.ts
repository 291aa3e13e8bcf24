import { css, html, svg, type TemplateResult } from 'lit';

/** How urgent a banner is; each has its own colour and icon, and a word so it never relies on colour. */
export type Tone = 'danger' | 'warning' | 'info' | 'success';

const icons: Readonly<Record<Tone, TemplateResult>> = {
  // A triangle with an exclamation mark.
  danger: svg`<path d="M12 2 1 21h22L12 2Zm0 5.5 1 8h-2l1-8Zm0 10a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5Z"/>`,
  // A clock.
  warning: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15ZM11 6.5v6.2l4.6 2.7 1-1.7-3.6-2.1V6.5h-2Z"/>`,
  // A calendar.
  info: svg`<path d="M7 2v2H4.5A1.5 1.5 0 0 0 3 5.5v15A1.5 1.5 0 0 0 4.5 22h15a1.5 1.5 0 0 0 1.5-1.5v-15A1.5 1.5 0 0 0 19.5 4H17V2h-2v2H9V2H7Zm-1.5 7h13v10.5h-13V9Z"/>`,
  // A tick in a circle.
  success: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm4.3 6.3 1.4 1.4-7 7-4.4-4.4 1.4-1.4 3 3 5.6-5.6Z"/>`,
};

/**
 * A result banner: a coloured band with an icon and a word ("Emergency"), then the heading and
 * what follows it. The widgets use it for the checker's result and their own outcomes.
 */
export function banner(options: { readonly tone: Tone; readonly label: string; readonly content: TemplateResult }): TemplateResult {
  const { tone, label, content } = options;
  return html`<div class="banner tone-${tone}" part="banner">
    <p class="banner-label"><svg class="banner-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[tone]}</svg
      ><span>${label}</span></p>
    ${content}
  </div>`;
}

export const bannerStyles = css`
  .banner {
    --_tone: var(--_accent);
    --_on-tone: var(--_accent-text);
    border: 2px solid var(--_tone);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    margin: 0 0 var(--_space);
  }
  .banner.tone-danger {
    --_tone: var(--_danger);
    --_on-tone: var(--_danger-text);
  }
  .banner.tone-warning {
    --_tone: var(--_warning);
    --_on-tone: var(--_warning-text);
  }
  .banner.tone-success {
    --_tone: var(--_success);
    --_on-tone: var(--_success-text);
  }
  .banner-label {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    margin: 0 0 0.5rem;
    padding: 0.15rem 0.6rem 0.15rem 0.4rem;
    border-radius: 999px;
    background: var(--_tone);
    color: var(--_on-tone);
    font-weight: 700;
    font-size: 0.9em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .banner-icon {
    width: 1.2em;
    height: 1.2em;
    fill: currentColor;
  }
  /* Paper drops backgrounds: the word prints black in a black outline, and so does its icon (its fill
     is the text's colour), never pale on white. */
  @media print {
    .banner-label {
      border: 2px solid #000;
      background: none;
      color: #000;
    }
  }
`;
