/**
 * The three things the adapter takes from Office.js, behind one seam so the same adapter runs over the real
 * globals in Excel and over the in-memory fake in tests and the preview page.
 */
export interface OfficeEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  displayLanguage(): string;
}

/** The real Office.js globals, read when called (they exist only after Office.onReady). */
export function globalOfficeEnv(): OfficeEnv {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: () => Office.context.displayLanguage,
  };
}
