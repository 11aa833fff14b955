/**
 * The toast's styles, inside its shadow root so the page's CSS cannot reach them (and ours
 * cannot reach the page). A small box in the bottom left corner: it covers no more than it
 * must, and stays clear of the gentle card and of the sites' chat panels (bottom right).
 * The close button keeps the top corner whatever the length of the line.
 */
export const TOAST_STYLE = `
:host { all: initial; }
.toast {
  position: fixed; left: 16px; bottom: 16px; z-index: 2147483647;
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px;
  width: max-content; max-width: min(420px, calc(100vw - 32px)); box-sizing: border-box;
  padding: 10px 40px 10px 14px;
  border-radius: 10px; font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #c9d1d9; box-shadow: 0 6px 20px rgba(0, 0, 0, 0.18);
  animation: rise 180ms ease-out;
}
@media (prefers-reduced-motion: reduce) { .toast { animation: none; } }
@media (prefers-color-scheme: dark) { .toast { color: #e6edf3; background: #161b22; border-color: #30363d; } }
@keyframes rise { from { transform: translateY(12px); opacity: 0; } to { transform: none; opacity: 1; } }
p { margin: 0; }
.saved { font-weight: 600; }
.title { flex-basis: 100%; font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.hint { flex-basis: 100%; font-size: 12px; opacity: 0.85; }
.detail { flex-basis: 100%; font-size: 13px; }
blockquote { flex-basis: 100%; margin: 0; padding-left: 8px; border-left: 3px solid #c9d1d9; font-size: 13px; }
button {
  font: inherit; cursor: pointer; padding: 4px 10px; border-radius: 6px;
  border: 1px solid #0b5cad; background: #0b5cad; color: #fff; font-weight: 600;
}
@media (prefers-color-scheme: dark) { button { border-color: #58a6ff; background: #1f6feb; } }
button.close {
  position: absolute; top: 6px; right: 6px;
  border: none; background: transparent; color: inherit; font-size: 18px; line-height: 1; padding: 2px 6px;
}
button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
`;
