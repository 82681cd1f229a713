type ReleaseBodyProps = { html: string };

/** Release text rendered at build time by lib/content, sanitised there. */
export function ReleaseBody({ html }: ReleaseBodyProps) {
  return (
    <div
      className="release-body prose max-w-none prose-slate dark:prose-invert prose-headings:font-serif prose-h2:text-2xl prose-a:text-brand-700 dark:prose-a:text-brand-300"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
