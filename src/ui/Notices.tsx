import { useMarsad } from '../store/store-context';
import { useText } from './i18n';

/** Messages for the user (bad files, storage problems), each dismissable. */
export function Notices() {
  const text = useText();
  const notices = useMarsad((state) => state.notices);
  const dismiss = useMarsad((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : undefined}
        >
          <span dir="auto">{notice.text}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={text('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
