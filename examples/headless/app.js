import { createConsent } from '/dist/index.js';

const consent = createConsent({
  revision: 1,
  categories: { performance: { cookies: [{ name: 'demo_stats' }] } },
  // The demo shows what a withdrawal undoes without leaving the page.
  reloadOnWithdraw: false,
});

const show = () => {
  document.getElementById('state').textContent = JSON.stringify(consent.get(), null, 2);
};
const log = (text) => {
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('log').prepend(item);
};

const actions = {
  acceptAll: () => consent.acceptAll(),
  rejectAll: () => consent.rejectAll(),
  functional: () => consent.set({ functional: true }),
  performance: () => consent.grant('performance'),
  reset: () => consent.reset(),
};
for (const button of document.querySelectorAll('[data-action]')) {
  button.addEventListener('click', () => actions[button.dataset.action]());
}

consent.on('decision', ({ state }) => {
  log(`decision (${state.source}): ${Object.keys(state.choices).filter((id) => state.choices[id]).join(', ')}`);
  show();
});
consent.on('grant', ({ category }) => log(`granted ${category}`));
consent.on('deny', ({ category }) => log(`denied ${category}`));
consent.on('error', ({ message }) => log(`error: ${message}`));
show();
