// Read a GEXF or GraphML file with graphology (as Gephi Lite does) and print what it holds as JSON.
"use strict";
const fs = require("fs");
const { MultiDirectedGraph } = require("graphology");
const gexf = require("graphology-gexf");
const graphml = require("graphology-graphml");

const file = process.argv[2];
const text = fs.readFileSync(file, "utf8");
const graph = file.endsWith(".gexf")
  ? gexf.parse(MultiDirectedGraph, text)
  : graphml.parse(MultiDirectedGraph, text);
const out = { order: graph.order, size: graph.size, nodes: {}, edges: [] };
graph.forEachNode((node, attrs) => { out.nodes[node] = attrs; });
graph.forEachEdge((edge, attrs, source, target) => { out.edges.push({ id: edge, source, target, attrs }); });
process.stdout.write(JSON.stringify(out));
