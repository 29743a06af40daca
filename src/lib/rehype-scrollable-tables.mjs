// Wraps every Markdown table in a labelled, keyboard-focusable scroll region, so a wide table
// scrolls sideways on a phone without breaking the page, and keyboard users can scroll it too.

/** Text of a hast node. */
function text(node) {
  if (node.type === "text") return node.value;
  return (node.children ?? []).map(text).join("");
}

/** The header cells of a table, joined, as the region's name. */
function label(table) {
  const headers = [];
  const walk = (node) => {
    if (node.type === "element" && node.tagName === "th") headers.push(text(node).trim());
    else for (const child of node.children ?? []) walk(child);
  };
  walk(table);
  return headers.filter(Boolean).join(" / ") || "table";
}

export default function rehypeScrollableTables() {
  return (tree) => {
    const visit = (node) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === "element" && child.tagName === "table") {
          return {
            type: "element",
            tagName: "div",
            properties: {
              className: ["table-wrap"],
              tabIndex: 0,
              role: "region",
              ariaLabel: label(child),
            },
            children: [child],
          };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
