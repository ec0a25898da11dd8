// The network graph on the person page: cytoscape.js with the fcose layout; elements come from the page itself.
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof cytoscape === 'undefined') { return; }
  if (typeof cytoscapeFcose !== 'undefined') { cytoscape.use(cytoscapeFcose); }
  var elements = JSON.parse(el.dataset.elements || '[]');
  var purpose = el.dataset.purpose || 'network graph';
  var colours = { person: '#1f3a5f', concern: '#8d99ae', phone: '#2e7d32', vehicle: '#c25e00', place: '#6a1b9a' };
  var cy = cytoscape({
    container: el,
    elements: elements,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'background-color': function (n) {
          return colours[n.data('kind')] || '#555'; }, 'color': '#1d2733', 'text-wrap': 'ellipsis',
          'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18 } },
      { selector: 'node[kind = "concern"]', style: { 'shape': 'round-rectangle', 'width': 14, 'height': 10 } },
      { selector: 'node[?centre]', style: { 'width': 30, 'height': 30, 'border-width': 3, 'border-color': '#a3261b' } },
      { selector: 'edge', style: { 'width': 1.2, 'line-color': '#b7c0cb', 'curve-style': 'bezier', 'label': 'data(label)',
          'font-size': 7, 'color': '#667' } }
    ],
    // Labels count as part of each node, so the layout keeps them from overlapping one another.
    layout: { name: typeof cytoscapeFcose !== 'undefined' ? 'fcose' : 'cose', animate: false, randomize: true,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: 90, nodeSeparation: 60, padding: 20 }
  });
  el.dataset.ready = String(cy.nodes().length);
  cy.on('tap', 'node', function (evt) {
    var n = evt.target;
    var id = n.id();
    if (n.data('kind') === 'person') {
      window.location.href = '/persons/' + encodeURIComponent(id) + '?purpose=' + encodeURIComponent(purpose);
    } else if (n.data('kind') === 'concern') {
      // A record id is one path segment, its slashes encoded too, so that no part of it (CSC/../0327) is taken
      // for a dot segment (Web.path).
      window.location.href = '/concerns/' + encodeURIComponent(id.substring('concern:'.length))
        + '?purpose=' + encodeURIComponent(purpose);
    }
  });
})();
