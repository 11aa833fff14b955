/**
 * The card's styles, inside its shadow root so the page's CSS cannot reach them (and ours
 * cannot reach the page). A small corner card: it never covers the page.
 */
export const CARD_STYLE = `
:host { all: initial; }
.card {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  width: min(340px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  box-sizing: border-box; padding: 16px; border-radius: 12px;
  font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #c9d1d9; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
  animation: slide-in 240ms ease-out;
}
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
@media (prefers-color-scheme: dark) { .card { color: #e6edf3; background: #161b22; border-color: #30363d; } }
@keyframes slide-in { from { transform: translateY(24px); opacity: 0; } to { transform: none; opacity: 1; } }
h2 { font-size: 15px; margin: 0 24px 6px 0; }
p { margin: 0 0 12px; }
.actions { display: grid; gap: 6px; }
.nothing { margin: 0 0 6px; font-size: 13px; }
button {
  font: inherit; text-align: start; cursor: pointer; padding: 8px 10px; border-radius: 8px;
  border: 1px solid #8c959f; background: transparent; color: inherit;
}
button.primary { background: #0b5cad; border-color: #0b5cad; color: #fff; font-weight: 600; }
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.close { position: absolute; top: 8px; right: 8px; padding: 2px 8px; border: none; font-size: 18px; line-height: 1; }
button[aria-disabled='true'] { cursor: default; opacity: 0.7; }
fieldset { border: 1px solid #8c959f; border-radius: 8px; margin: 0 0 6px; padding: 6px 10px; }
legend { padding: 0 4px; font-size: 12px; }
label { display: inline-flex; align-items: center; gap: 4px; margin-inline-end: 12px; cursor: pointer; }
input:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.choice { display: grid; gap: 6px; }
.choice[hidden] { display: none; }
.status { margin: 0; font-weight: 600; }
.hint { margin: 10px 0 0; font-size: 12px; opacity: 0.85; }
.meta { display: block; font-weight: 400; font-size: 12px; opacity: 0.85; }
`;
