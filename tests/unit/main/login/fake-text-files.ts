import type { TextFilePort } from '../../../../src-main/login/text-file-port';

/** An in-memory file system; `failWith` makes every write or removal fail like the real one. */
export class FakeTextFiles implements TextFilePort {
  readonly files = new Map<string, string>();
  failWith: string | undefined;

  async readText(path: string) {
    return this.files.get(path);
  }
  async writeText(path: string, text: string) {
    this.fail();
    this.files.set(path, text);
  }
  async remove(path: string) {
    this.fail();
    this.files.delete(path);
  }
  private fail() {
    if (this.failWith)
      throw Object.assign(new Error(`${this.failWith}: refused`), { code: this.failWith });
  }
}
