import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SiteRule } from '../../core/tracking/site-rules';
import type { TrackingSettings } from '../../core/tracking/settings';
import { loadManagedRules, loadSettings, SETTINGS_KEY } from '../../db/tracking-settings';

/**
 * The person's time settings and the organisation's rules, current when either page changes
 * them; `initial` when the page read the settings before it drew.
 */
export function useTrackingSettings(initial?: TrackingSettings): {
  settings: TrackingSettings | null;
  /** Shows settings at once, before the storage write (and its change event) comes back. */
  setSettings: (settings: TrackingSettings) => void;
  managed: SiteRule[];
} {
  const [settings, setSettings] = useState<TrackingSettings | null>(initial ?? null);
  const [managed, setManaged] = useState<SiteRule[]>([]);
  useEffect(() => {
    const reload = () => void loadSettings().then(setSettings);
    reload();
    void loadManagedRules().then(setManaged);
    const onChanged = (changes: Record<string, unknown>, area: string) =>
      area === 'sync' && SETTINGS_KEY in changes && reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return { settings, setSettings, managed };
}
