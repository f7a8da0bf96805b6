import { TEMPLATE_VARIABLES, type RenderedMessageDto, type TemplateVariable, type TemplateVersionDto } from '@fullcircle/shared';

const VARIABLE = /\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g;

export type TemplateValues = Partial<Record<TemplateVariable, string | null>>;

/** The `{{names}}` a text uses, in order of first use. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]))];
}

/** Variables a text uses that no template may use (typos), for the 400 on save. */
export function unknownVariables(text: string): string[] {
  return variablesIn(text).filter((name) => !Object.hasOwn(TEMPLATE_VARIABLES, name));
}

/** The version in the customer's language, else the first (the template's fallback). */
export function pickVersion(versions: readonly TemplateVersionDto[], language: string | null | undefined): TemplateVersionDto {
  if (versions.length === 0) throw new Error('a template has at least one version');
  const wanted = language?.trim().toLowerCase().slice(0, 3).split('-')[0];
  return versions.find((v) => v.language === wanted) ?? versions[0];
}

/** Fills a template for one message; variables without a value become empty and are reported. */
export function renderTemplate(versions: readonly TemplateVersionDto[], language: string | null | undefined, values: TemplateValues): RenderedMessageDto {
  const version = pickVersion(versions, language);
  const missing = new Set<string>();
  const fill = (text: string) =>
    text.replace(VARIABLE, (_, name: string) => {
      const value = values[name as TemplateVariable];
      if (value === undefined || value === null || value === '') {
        missing.add(name);
        return '';
      }
      return value;
    });
  const subject = version.subject === null ? null : fill(version.subject);
  const body = fill(version.body);
  return { language: version.language, subject, body, missing: [...missing] };
}
