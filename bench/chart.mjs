// A small SVG bar chart, written by hand: one panel per metric, one horizontal bar per library.

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const COLORS = ['#1f5fa8', '#6aa3e0', '#8a8f98', '#b9bdc4', '#d4d7dc'];

/**
 * @param {object} options
 * @param {string} options.title
 * @param {string} options.subtitle
 * @param {{ name: string }[]} options.rows                    the libraries, in order (first = highlighted)
 * @param {{ title: string, values: (number|null)[], format: (v: number) => string }[]} options.panels
 * @param {number} [options.columns]
 */
export function barChart({ title, subtitle, rows, panels, columns = 2 }) {
  const panelWidth = 460;
  const labelWidth = 170;
  const barArea = 200;
  const barHeight = 18;
  const gap = 8;
  const panelHeight = 34 + rows.length * (barHeight + gap) + 6;
  const top = 64;
  const width = columns * panelWidth + 20;
  const panelRows = Math.ceil(panels.length / columns);
  const height = top + panelRows * (panelHeight + 16) + 10;

  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<title id="chart-title">${escape(title)}</title>`,
    `<desc id="chart-desc">${escape(subtitle)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="14" y="26" font-size="18" font-weight="600" fill="#1d1d1d">${escape(title)}</text>`,
    `<text x="14" y="46" font-size="12" fill="#555">${escape(subtitle)}</text>`,
  );

  panels.forEach((panel, index) => {
    const x = 10 + (index % columns) * panelWidth;
    const y = top + Math.floor(index / columns) * (panelHeight + 16);
    const max = Math.max(...panel.values.filter((v) => typeof v === 'number' && Number.isFinite(v)), 0);
    out.push(`<g transform="translate(${x},${y})">`);
    out.push(`<rect x="0" y="0" width="${panelWidth - 10}" height="${panelHeight}" rx="6" fill="#f6f7f9" stroke="#e2e4e8"/>`);
    out.push(`<text x="12" y="22" font-size="13" font-weight="600" fill="#1d1d1d">${escape(panel.title)}</text>`);
    rows.forEach((row, r) => {
      const value = panel.values[r];
      const by = 34 + r * (barHeight + gap);
      const color = COLORS[r % COLORS.length];
      out.push(
        `<text x="${labelWidth - 8}" y="${by + barHeight - 5}" font-size="12" fill="#333" text-anchor="end">${escape(row.name)}</text>`,
      );
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        out.push(`<text x="${labelWidth}" y="${by + barHeight - 5}" font-size="12" fill="#777">n/a</text>`);
        return;
      }
      const w = max > 0 ? Math.max((value / max) * barArea, value > 0 ? 2 : 0) : 0;
      out.push(`<rect x="${labelWidth}" y="${by}" width="${w.toFixed(1)}" height="${barHeight}" rx="3" fill="${color}"/>`);
      out.push(
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${by + barHeight - 5}" font-size="12" fill="#1d1d1d">${escape(panel.format(value))}</text>`,
      );
    });
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
