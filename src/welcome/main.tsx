import { render } from 'preact';
import { t, uiLocale } from '../ui/i18n';
import { Welcome } from './Welcome';

document.documentElement.lang = uiLocale();
document.documentElement.dir = t('@@bidi_dir') || 'ltr';
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
