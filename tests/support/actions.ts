// Calling server actions in integration tests: the FormData a browser would
// send, and the address an action redirects to (next/navigation's redirect
// is mocked to throw an error carrying it).

/** Repeated keys for arrays, as ticked checkboxes send them. */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) data.append(k, x);
  return data;
}

/** The URL the action redirected to, or null when it returned without redirecting. */
export async function redirectOf(run: Promise<unknown>): Promise<string | null> {
  try {
    await run;
  } catch (error) {
    return (error as { url?: string }).url ?? null;
  }
  return null;
}
