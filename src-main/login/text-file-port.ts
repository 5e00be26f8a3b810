/** The few file operations start-at-login needs on Linux; tests pass an in-memory fake. */
export interface TextFilePort {
  /** The file's text, or undefined when there is no such file. */
  readText(path: string): Promise<string | undefined>;
  /** Writes the whole file, creating its folder; a crash never leaves half a file. */
  writeText(path: string, text: string): Promise<void>;
  /** Deletes the file; nothing happens when it is already gone. */
  remove(path: string): Promise<void>;
}
