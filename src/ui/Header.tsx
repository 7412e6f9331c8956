import { useMarsad } from '../store/store-context';
import { useText } from './i18n';

export function Header() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const setLanguage = useMarsad((state) => state.setLanguage);
  return (
    <header className="header">
      <h1>
        <span lang="ar">مرصد</span> <span lang="en">Marsad</span>
      </h1>
      <p className="tagline">{text('tagline')}</p>
      <button
        type="button"
        className="language-switch"
        aria-label={text('language')}
        onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}
      >
        {text('switchLanguage')}
      </button>
    </header>
  );
}
