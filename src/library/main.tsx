import { render } from 'preact';
import { t, uiLocale } from '../ui/i18n';
import { App } from './App';

document.documentElement.lang = uiLocale();
document.documentElement.dir = t('@@bidi_dir') || 'ltr';
document.title = t('libraryTitle');
render(<App />, document.getElementById('app')!);
