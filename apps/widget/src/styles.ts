/** Scoped to the Shadow DOM: the host page's CSS cannot reach in, ours cannot leak out. */
export const STYLES = `
:host{all:initial;--fc-accent:#4f46e5;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827}
*{box-sizing:border-box;font:inherit}
.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:999px;padding:12px 18px;background:var(--fc-accent);color:#fff;font-weight:600;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.2)}
.panel{position:fixed;right:20px;bottom:76px;z-index:2147483000;width:min(360px,calc(100vw - 24px));max-height:min(600px,calc(100vh - 100px));overflow:auto;background:#fff;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.25);padding:18px}
.head{display:flex;align-items:center;gap:10px;margin-bottom:8px}
.head img{width:28px;height:28px;border-radius:6px;object-fit:contain}
h2{margin:0;font-size:16px;font-weight:700;flex:1}
.close{border:0;background:none;font-size:20px;line-height:1;cursor:pointer;color:#6b7280;padding:4px}
p{margin:0 0 10px;color:#4b5563}
fieldset{border:0;margin:0 0 12px;padding:0}
legend,label{display:block;font-weight:600;margin-bottom:6px;padding:0}
.scores{display:flex;flex-wrap:wrap;gap:4px}
.scores button{flex:1 1 0;min-width:0;padding:6px 0;border:1px solid #d1d5db;border-radius:6px;background:#fff;cursor:pointer}
.scores button[aria-pressed=true]{background:var(--fc-accent);border-color:var(--fc-accent);color:#fff}
.ends{display:flex;justify-content:space-between;color:#6b7280;font-size:12px;margin-top:4px}
textarea,input,select{width:100%;border:1px solid #d1d5db;border-radius:8px;padding:8px;background:#fff;color:#111827;margin-bottom:12px}
textarea{min-height:72px;resize:vertical}
.primary{width:100%;border:0;border-radius:8px;padding:10px;background:var(--fc-accent);color:#fff;font-weight:600;cursor:pointer}
.primary:disabled{opacity:.6;cursor:default}
button:focus-visible,textarea:focus-visible,input:focus-visible,select:focus-visible{outline:2px solid var(--fc-accent);outline-offset:2px}
.error{background:#fef2f2;color:#991b1b;border-radius:8px;padding:8px;margin-bottom:10px}
.done{text-align:center;padding:12px 0}
.log{display:flex;flex-direction:column;gap:6px;margin-bottom:10px}
.msg{align-self:flex-end;max-width:85%;background:var(--fc-accent);color:#fff;border-radius:12px 12px 2px 12px;padding:6px 10px;white-space:pre-wrap;word-break:break-word}
.msg.staff{align-self:flex-start;background:#f3f4f6;color:#111827;border-radius:12px 12px 12px 2px}
.row{display:flex;gap:6px}.row textarea{min-height:40px;margin:0}.row .primary{width:auto;padding:0 14px}
.req{color:#b91c1c}
`;
