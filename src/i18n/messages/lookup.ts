/**
 * A word from a catalogue's table, or undefined. Params come from stored documents too, and one written by another
 * version of the app may carry a value the table does not know; the caller then shows a fallback, never "undefined".
 */
export function wordFor(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return (table as Readonly<Partial<Record<string, string>>>)[key];
}
