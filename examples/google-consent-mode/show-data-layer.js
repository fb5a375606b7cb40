// Lists the consent commands in dataLayer as they arrive.
const list = document.getElementById('commands');
const shown = new Set();
const render = () => {
  for (const entry of window.dataLayer || []) {
    if (shown.has(entry)) continue;
    shown.add(entry);
    const [command, kind, value] = Array.from(entry);
    if (command !== 'consent') continue;
    const item = document.createElement('li');
    item.textContent = `${kind}: ${JSON.stringify(value)}`;
    list.append(item);
  }
};
render();
setInterval(render, 500);
