import type { Outline, OutlineSection, ScoreLine } from "../../planner/outline";

/** A section's blocks as a document: field lists, tables and sub-headings (`level` for those). */
export function OutlineBlocks({
  section,
  level = 3,
}: {
  section: OutlineSection;
  level?: 3 | 4 | 5;
}) {
  const Heading = `h${level}` as "h3";
  return (
    <>
      {section.blocks.map((block, i) => {
        if (block.kind === "heading") return <Heading key={i}>{block.text}</Heading>;
        if (block.kind === "fields") {
          return (
            <dl key={i} class="pl-doc-fields">
              {block.rows.map(([label, value], j) => (
                <div key={j}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          );
        }
        return (
          <div class="table-wrap" key={i}>
            <table>
              <thead>
                <tr>
                  {block.head.map((h, j) => (
                    <th key={j} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((c, k) => (
                      <td key={k}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

/** The plan as a clean document: what the print view shows and what prints as a PDF. */
export function PlanDocument({ outline, score }: { outline: Outline; score?: ScoreLine }) {
  return (
    <article class="pl-doc" aria-labelledby="pl-doc-title">
      <h1 id="pl-doc-title">{outline.title}</h1>
      {outline.sections.map((section) => (
        <section key={section.id} class="pl-doc-section">
          <h2>{section.title}</h2>
          <OutlineBlocks section={section} />
        </section>
      ))}
      {score && (
        <p class="pl-doc-score">
          <strong>{score.rubric}</strong>: {score.score} — {score.detail}
        </p>
      )}
    </article>
  );
}
