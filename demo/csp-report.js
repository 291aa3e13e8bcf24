// Loaded first by strict-csp.html (a same-origin file, as the policy requires): shows on the page
// whether the browser blocked anything, so the policy's effect can be seen without a console.
const violations = [];

function show() {
  const status = document.getElementById('csp-status');
  if (!status) return;
  status.className = violations.length === 0 ? 'csp-status ok' : 'csp-status bad';
  status.textContent =
    violations.length === 0
      ? 'No policy violations on this page so far.'
      : `The browser blocked ${violations.length} thing(s): ${violations.join('; ')}`;
}

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI || '(inline)'}`);
  show();
});
document.addEventListener('DOMContentLoaded', show);
// The widgets render after DOMContentLoaded; report again once everything has loaded.
window.addEventListener('load', () => setTimeout(show, 500));
