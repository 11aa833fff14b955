import { DEFAULT_DISPLAY, parseDisplay } from '../core/week/display-settings';
import { syncStorageSetting } from './sync-storage-setting';

export const DISPLAY_KEY = 'display';

const display = syncStorageSetting(DISPLAY_KEY, parseDisplay, DEFAULT_DISPLAY);

export const loadDisplay = display.load;
export const saveDisplay = display.save;
