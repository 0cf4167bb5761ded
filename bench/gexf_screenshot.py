"""Draw a GEXF file with an independent renderer and save a PNG: graphology reads it, sigma.js draws it.

Neither is part of newsgraph: graphology-gexf is the reader Gephi Lite imports
with, sigma.js its renderer. They are installed from the npm registry into a
scratch folder (nothing is committed), bundled with esbuild, and run in
Debian's headless Chromium through playwright. The picture shows what the
file itself carries: positions, sizes and colours from ``viz:*``, labels,
edge kinds. Used for the README's ``docs/gephi.png``:

    python bench/gexf_screenshot.py OUT/graph.gexf docs/gephi.png
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

PACKAGES = {"graphology": "0.26.0", "graphology-gexf": "0.13.2", "sigma": "3.0.2", "@sigma/edge-curve": "3.1.0",
            "esbuild": "0.24.0"}
ENTRY = """
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf/browser";
import Sigma from "sigma";
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";

window.draw = (text) => {
  const graph = parse(MultiDirectedGraph, text);
  // the file's y axis points down (the page's canvas); sigma's points up. sigma reads "type" as
  // its drawing program, so the actor type is drawn as a circle
  graph.updateEachNodeAttributes((node, a) => ({ ...a, y: -a.y, size: a.size / 2.5, type: "circle" }));
  // a pair's links (one edge per link type) fan out as curves, as on the page
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  graph.updateEachEdgeAttributes((edge, a) => {
    const spread = a.parallelMaxIndex ? DEFAULT_EDGE_CURVATURE * (1 + 2 * a.parallelIndex / a.parallelMaxIndex) : 0;
    return { ...a, size: 1 + a.weight, type: spread ? "curved" : "arrow", curvature: spread };
  });
  new Sigma(graph, document.getElementById("view"), {
    renderEdgeLabels: true, labelRenderedSizeThreshold: 0, labelSize: 13, edgeLabelSize: 10,
    edgeProgramClasses: { curved: EdgeCurvedArrowProgram },
  });
  return { nodes: graph.order, edges: graph.size };
};
"""
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: #fff; font-family: sans-serif; }
#view { width: %dpx; height: %dpx; }
#caption { position: absolute; left: 12px; bottom: 8px; color: #555; font-size: 12px; }
</style></head><body><div id="view"></div><div id="caption"></div><script>%s</script></body></html>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gexf", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=760)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="gexf-shot-") as tmp:
        work = Path(tmp)
        (work / "package.json").write_text(json.dumps({"name": "gexf-shot", "private": True,
                                                       "dependencies": PACKAGES}), encoding="utf-8")
        (work / "entry.js").write_text(ENTRY, encoding="utf-8")
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=work, check=True)
        subprocess.run([str(work / "node_modules" / ".bin" / "esbuild"), "entry.js", "--bundle", "--format=iife",
                        "--outfile=bundle.js"], cwd=work, check=True)
        bundle = (work / "bundle.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                         args=["--use-gl=angle", "--use-angle=swiftshader",
                                               "--enable-unsafe-swiftshader"])
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.route("**/*", lambda route: route.abort())  # nothing leaves the machine
            page.set_content(PAGE % (args.width, args.height, bundle))
            counts = page.evaluate("text => window.draw(text)", args.gexf.read_text(encoding="utf-8"))
            page.evaluate("c => { document.getElementById('caption').textContent = c; }",
                          f"{args.gexf.name} read by graphology-gexf, drawn by sigma.js: "
                          f"{counts['nodes']} nodes, {counts['edges']} edges")
            page.wait_for_timeout(500)
            page.screenshot(path=str(args.png))
            browser.close()
    print(f"wrote {args.png}: {counts['nodes']} nodes, {counts['edges']} edges")


if __name__ == "__main__":
    main()
