import { render } from 'preact';
import { client } from './api';
import { STYLES } from './styles';
import { Widget } from './widget';

/**
 * `<script src="https://<fullcircle>/widget.js" data-form="<slug>" async></script>`: renders the
 * form's launcher and panel in a Shadow DOM on the embedding page. The API is the script's origin.
 */
// Read while the script runs: later (after DOMContentLoaded) document.currentScript is null.
const current = document.currentScript as HTMLScriptElement | null;

function mount(): void {
  const script =
    current ?? document.querySelector<HTMLScriptElement>('script[data-form][src*="widget.js"]');
  const slug = script?.dataset.form;
  if (!script || !slug) return;
  const host = document.createElement('div');
  host.setAttribute('data-fullcircle-widget', slug);
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  // A constructed sheet needs no inline <style>, so a strict style-src CSP on the site still works.
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = STYLES;
    root.appendChild(style);
  }
  render(<Widget slug={slug} api={client(new URL(script.src).origin)} host={host} />, root);
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount);
