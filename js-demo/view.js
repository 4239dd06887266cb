// What the page shows of a parsed Document: the section tree flattened in
// document order (with depth and the actions and decisions each section
// holds directly), the actions with their owning section, and the rest as
// is. Lists are capped so that a huge document stays cheap to send from the
// worker and to draw; `totals` keeps the real counts. Pure data: used by
// the page and by the worker.

export const LIMITS = { sections: 300, actions: 300, decisions: 300, diagnostics: 200 };

export function viewOf(doc) {
  const sections = [];
  let sectionCount = 0;
  // Preorder walk on an explicit stack (the tree is shallow, but no
  // recursion is cheaper still).
  const stack = doc.sections.map((s) => [s, 0]).reverse();
  while (stack.length) {
    const [s, depth] = stack.pop();
    sectionCount++;
    if (sections.length < LIMITS.sections) {
      sections.push({
        depth,
        kind: s.kind,
        number: s.number,
        title: s.title,
        date: s.date,
        span: s.span,
        title_span: s.title_span,
        actions: [],
        decisions: [],
      });
    }
    for (let i = s.sections.length - 1; i >= 0; i--) stack.push([s.sections[i], depth + 1]);
  }
  const actions = doc.actions.slice(0, LIMITS.actions).map((a) => ({ ...a, owner: -1 }));
  const decisions = doc.decisions.slice(0, LIMITS.decisions).map((d) => ({ ...d, owner: -1 }));
  assignOwners(sections, actions, 'actions');
  assignOwners(sections, decisions, 'decisions');
  return {
    title: doc.title,
    meta: doc.meta,
    lang: doc.lang,
    source: doc.source,
    sections,
    actions,
    decisions,
    disclaimers: doc.disclaimers,
    diagnostics: doc.diagnostics.slice(0, LIMITS.diagnostics),
    artifacts: doc.artifacts.length,
    totals: {
      sections: sectionCount,
      actions: doc.actions.length,
      decisions: doc.decisions.length,
      diagnostics: doc.diagnostics.length,
    },
  };
}

// The innermost section holding each node: one sweep over both lists,
// which are in document order, with the chain of open sections on a stack.
function assignOwners(sections, nodes, field) {
  const open = [];
  let next = 0;
  nodes.forEach((node, index) => {
    const at = node.span.start;
    while (next < sections.length && sections[next].span.start <= at) {
      const start = sections[next].span.start;
      while (open.length && sections[open[open.length - 1]].span.end <= start) open.pop();
      open.push(next++);
    }
    while (open.length && sections[open[open.length - 1]].span.end < node.span.end) open.pop();
    if (open.length) {
      node.owner = open[open.length - 1];
      sections[node.owner][field].push(index);
    }
  });
}
