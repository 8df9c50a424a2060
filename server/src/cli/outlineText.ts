import type { DocumentSymbol } from '../service';

/** The outline as an indented tree, one node a line: `  12  <indent>name  [detail]`. */
export function formatOutline(symbols: DocumentSymbol[]): string {
  const out: string[] = [];
  const visit = (nodes: DocumentSymbol[], depth: number) => {
    for (const node of nodes) {
      const line = String(node.selectionRange.start.line + 1).padStart(4);
      out.push(`${line}  ${'  '.repeat(depth)}${node.name}  [${node.detail}]`);
      visit(node.children, depth + 1);
    }
  };
  visit(symbols, 0);
  return out.map((l) => l + '\n').join('');
}
