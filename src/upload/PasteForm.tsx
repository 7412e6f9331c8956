import { useState, type FormEvent } from 'react';
import type { UploadSession } from './upload-session';
import { useUploadText } from './use-upload-text';

/** Text plus optional title, publication date and source; read in the worker like an uploaded file. */
export function PasteForm({ session }: { session: UploadSession }) {
  const text = useUploadText();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [published, setPublished] = useState('');
  const [source, setSource] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void session.paste({ text: body, title, published, source });
  };

  return (
    <form className="paste-form" onSubmit={submit}>
      <label>
        {text('pasteTitle')}
        <input type="text" dir="auto" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        {text('pasteText')}
        <textarea
          dir="auto"
          rows={10}
          required
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </label>
      <div className="paste-row">
        <label>
          {text('pastePublished')}
          <input type="date" value={published} onChange={(event) => setPublished(event.target.value)} />
        </label>
        <label>
          {text('pasteSource')}
          <input type="text" dir="auto" value={source} onChange={(event) => setSource(event.target.value)} />
        </label>
      </div>
      <div className="upload-actions">
        <button type="button" onClick={() => session.cancel()}>
          {text('cancel')}
        </button>
        <button type="submit" className="primary">
          {text('readPasted')}
        </button>
      </div>
    </form>
  );
}
