/** A titled part of the results, labelled by its heading for screen readers. */
import { type ReactNode, useId } from 'react';

export function ResultsSection({
  heading,
  caption,
  children,
}: {
  heading: string;
  caption?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="results-section" aria-labelledby={id}>
      <h3 id={id} className="results-section__heading">
        {heading}
      </h3>
      {caption !== undefined && <p className="results-section__caption">{caption}</p>}
      {children}
    </section>
  );
}
