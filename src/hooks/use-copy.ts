// Copying a text to the clipboard, and what to say after: copied, or could not.
import { useState } from 'react';

export function useCopy(): { copy: (text: string) => Promise<void>; copied: boolean | null } {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return { copy, copied };
}
