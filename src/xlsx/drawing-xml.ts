/**
 * The drawing part of a sheet (xl/drawings/drawingN.xml) and its relationships: one two-cell anchor per chart,
 * so a chart covers exactly the cells its plan anchors it to, whatever the widths and heights of those cells.
 */
import type { PlanChart } from "../core/summary/plan";
import { escapeXml } from "./xml-escape";

const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

function marker(tag: "from" | "to", col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The i-th chart (0-based) refers to its part as `rId{i+1}` of the drawing's relationships. */
function anchor(chart: PlanChart, i: number): string {
  const { row, col, widthCols, heightRows } = chart.anchor;
  // Anchor cells are 0-based; the "to" marker is the cell just past the chart, at offset 0.
  return (
    "<xdr:twoCellAnchor>" +
    marker("from", col - 1, row - 1) +
    marker("to", col - 1 + widthCols, row - 1 + heightRows) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(charts: PlanChart[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    charts.map(anchor).join("") +
    "</xdr:wsDr>"
  );
}

/** Relationships of a drawing, `rId{i+1}` to the i-th chart part named in `chartParts` (e.g. "chart3.xml"). */
export function drawingRelsXml(chartParts: string[]): string {
  return relationshipsXml(
    chartParts.map((part, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/${part}` })),
  );
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipXml(r: Relationship): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
}

export function relationshipsXml(rels: Relationship[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map(relationshipXml).join("") +
    "</Relationships>"
  );
}
