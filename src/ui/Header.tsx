import { useMarsad } from '../store/store-context';
import { useText } from './i18n';
import { saveLanguage } from './language-choice';

export function Header() {
  const text = useText();
  const language = useMarsad((state) => state.language);
  const setLanguage = useMarsad((state) => state.setLanguage);
  return (
    <header className="header">
      <h1>
        <span lang="ar">مرصد</span>{' '}
        <span lang="en" translate="no">
          Marsad
        </span>
      </h1>
      <p className="tagline">{text('tagline')}</p>
      <button
        type="button"
        className="language-switch"
        title={text('language')}
        lang={language === 'ar' ? 'en' : 'ar'}
        // The other language, named in that language (an autonym, never translated).
        translate="no"
        onClick={() => {
          const next = language === 'ar' ? 'en' : 'ar';
          saveLanguage(next);
          setLanguage(next);
        }}
      >
        {text('switchLanguage')}
      </button>
    </header>
  );
}
