import { render } from 'preact';
import { t, uiLocale } from '../ui/i18n';
import { EditApp } from './EditApp';

document.documentElement.lang = uiLocale();
document.documentElement.dir = t('@@bidi_dir') || 'ltr';
document.title = t('editTitle');
render(<EditApp itemId={new URLSearchParams(location.search).get('item') ?? ''} />, document.getElementById('app')!);
