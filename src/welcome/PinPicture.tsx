import { t } from '../ui/i18n';

/**
 * Where pinning happens, drawn (no image file, no network): the browser's toolbar with the
 * puzzle-piece Extensions button, and its menu with the pin beside Learnmark. Colours follow
 * the page's theme through currentColor and the theme's variables.
 */
export function PinPicture() {
  return (
    <svg class="pin-picture" viewBox="0 0 360 150" role="img" aria-labelledby="pin-picture-title">
      <title id="pin-picture-title">{t('welcomePinPicture')}</title>
      {/* The toolbar: address bar, then the Extensions button (a puzzle piece). */}
      <rect x="1" y="1" width="358" height="40" rx="8" class="pin-bar" />
      <rect x="12" y="10" width="230" height="22" rx="11" class="pin-field" />
      <g transform="translate(262 11)" class="pin-accent">
        <path d="M4 6h5a3 3 0 1 1 6 0h5v5a3 3 0 1 1 0 6v5h-5a3 3 0 1 0-6 0H4z" fill="none" stroke-width="2" />
      </g>
      <circle cx="274" cy="23" r="17" fill="none" class="pin-ring" stroke-width="2" />
      {/* Its menu, with Learnmark and the pin to press. */}
      <path d="M274 44 l-8 10 h16 z" class="pin-menu" />
      <rect x="150" y="53" width="200" height="90" rx="8" class="pin-menu" />
      <rect x="164" y="70" width="20" height="20" rx="4" class="pin-logo" />
      <text x="194" y="85" class="pin-text">
        {t('extName')}
      </text>
      <g transform="translate(318 68)" class="pin-accent">
        <path d="M6 2h10l-2 8 4 4H4l4-4zM11 14v9" fill="none" stroke-width="2" stroke-linejoin="round" />
      </g>
      <circle cx="329" cy="80" r="15" fill="none" class="pin-ring" stroke-width="2" />
      <rect x="164" y="108" width="20" height="20" rx="4" class="pin-other" />
      <rect x="194" y="113" width="90" height="10" rx="5" class="pin-other" />
    </svg>
  );
}
