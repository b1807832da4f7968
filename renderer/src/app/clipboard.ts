/**
 * Copies text and, after `clearAfterSeconds` (0 = never), empties the clipboard again if it
 * still holds that text. If the clipboard can't be read back, it is cleared anyway: for a
 * recovery key, forgetting it is safer than leaving it.
 */
export async function copyText(text: string, clearAfterSeconds: number): Promise<void> {
  await navigator.clipboard.writeText(text);
  if (!(clearAfterSeconds > 0)) return;
  setTimeout(() => {
    void (async () => {
      const stillOurs = await navigator.clipboard.readText().then(
        (current) => current === text,
        () => true,
      );
      if (stillOurs) await navigator.clipboard.writeText('').catch(() => undefined);
    })();
  }, clearAfterSeconds * 1000);
}
