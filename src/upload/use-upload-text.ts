import { useMemo } from 'react';
import { useMarsad } from '../store/store-context';
import { uploadText, type UploadText } from './upload-text';

/** The upload messages in the current interface language. */
export function useUploadText(): UploadText {
  const language = useMarsad((state) => state.language);
  return useMemo(() => uploadText(language), [language]);
}
