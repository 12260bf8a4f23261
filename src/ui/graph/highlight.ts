// Focus on one module: what it depends on and what depends on it stay lit,
// the rest is dimmed. One batch, so Cytoscape redraws once.
import type { Core } from 'cytoscape';
import { nodeId } from './cy-elements';

const CLASSES = 'faded focus out in';

export function highlight(cy: Core, id: number | null): void {
  cy.batch(() => {
    // Only the marked ones: removeClass on every element restyles all of them (seconds at 30,000 elements).
    cy.elements('.faded, .focus, .out, .in').removeClass(CLASSES);
    if (id === null) return;
    const node = cy.getElementById(nodeId(id));
    if (node.empty()) return;
    const out = node.outgoers('edge');
    const into = node.incomers('edge');
    cy.elements().addClass('faded');
    // A compound box's opacity applies to its children: keep open groups clear, fade their modules one by one.
    cy.nodes(':parent').removeClass('faded');
    node.removeClass('faded').addClass('focus');
    out.removeClass('faded').addClass('out').targets().removeClass('faded');
    into.removeClass('faded').addClass('in').sources().removeClass('faded');
  });
}

/** Brings a module into view when it is off screen or too small to read. */
export function reveal(cy: Core, id: number): void {
  const node = cy.getElementById(nodeId(id));
  if (node.empty()) return;
  const box = cy.extent();
  const { x, y } = node.position();
  const inView = x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2;
  if (inView && cy.zoom() >= 0.6) return;
  cy.stop();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
}
