import { Injectable } from '@nestjs/common';

// eld ships ES modules only and exports them under the `import` condition alone, so it cannot be
// require()d: tsc keeps this import() as a real dynamic import in our CommonJS output.
const loadEld = () => import('eld/medium');
type Eld = Awaited<ReturnType<typeof loadEld>>['default'];

export interface Detection {
  /** ISO 639-1 code. */
  language: string;
  /** eld's own judgement; short or mixed texts often are not. */
  reliable: boolean;
}

/** eld's medium n-gram set (about 2 MB), loaded on first use rather than at every process start. */
@Injectable()
export class LanguageDetector {
  private eld?: Promise<Eld>;

  async detect(text: string): Promise<Detection | null> {
    this.eld ??= loadEld().then(
      (module) => module.default,
      (error: unknown) => {
        this.eld = undefined;
        throw error;
      },
    );
    const result = (await this.eld).detect(text);
    return result.language ? { language: result.language, reliable: result.isReliable() } : null;
  }
}
