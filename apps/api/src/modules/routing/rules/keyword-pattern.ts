const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/**
 * Compiles a keyword pattern ("refund*", "lost * bag") to a case-insensitive regular expression
 * matching whole words. `*` becomes a bounded run of word characters, and nothing else is special,
 * so the result has no nested quantifiers and cannot backtrack catastrophically.
 */
export function compileKeywordPattern(pattern: string): RegExp {
  const words = pattern.trim().toLowerCase().split(/\s+/);
  const body = words
    .map((w) =>
      w
        .split('*')
        .map((part) => part.replace(ESCAPE, '\\$&'))
        .join('[\\p{L}\\p{N}]{0,40}'),
    )
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}
