/**
 * What fills the placeholders of a message the UI words in the user's
 * language: plain values, or texts the catalog has in both languages (app,
 * trigger, action and field names). The domain keeps its English sentences
 * for the CLI and logs, and gives the UI a stable code with these params so
 * it can say the same in Polish without the domain knowing about the UI.
 */
export interface BilingualText {
  readonly en: string;
  readonly pl?: string;
}

export type MessageParam = string | number | BilingualText;
export type MessageParams = Readonly<Record<string, MessageParam>>;
