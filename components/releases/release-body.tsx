type ReleaseBodyProps = { html: string };

/** Release text rendered at build time by lib/content, sanitised there. */
export function ReleaseBody({ html }: ReleaseBodyProps) {
  return (
    <div
      className="release-body prose max-w-none prose-slate dark:prose-invert prose-h2:font-serif prose-h2:text-2xl prose-h2:font-semibold prose-h3:text-lg prose-h3:font-semibold prose-a:text-brand-700 dark:prose-a:text-brand-300"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
