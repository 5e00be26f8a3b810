/** Types for catalogue.mjs, so a test can remake icons and compare them with the committed ones. */
export interface IconFile {
  /** Path under resources/. */
  name: string;
  /** The largest image in the file, in px. */
  size: number;
  bytes(): Buffer;
}
export declare const ICON_FILES: readonly IconFile[];
