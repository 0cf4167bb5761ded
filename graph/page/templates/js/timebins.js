// Calendar bins for counting events over time: a day, an ISO week (from Monday),
// a month or a year, whichever keeps a span to at most a given number of bins.
// Days are counted from 1970-01-01, as in the data.

const UNITS = [["day", 1], ["week", 7], ["month", 30.44], ["year", 365.25]];

function unitFor(span, maxBins) {
  for (const [name, days] of UNITS) if (span / days <= maxBins) return name;
  return "year";
}

function binStart(t, unit) {
  if (unit === "day") return t;
  if (unit === "week") return t - (((t + 3) % 7) + 7) % 7;   // 1970-01-01 was a Thursday
  const d = new Date(t * 864e5);
  return Date.UTC(d.getUTCFullYear(), unit === "month" ? d.getUTCMonth() : 0, 1) / 864e5;
}

function binNext(start, unit) {
  if (unit === "day") return start + 1;
  if (unit === "week") return start + 7;
  const d = new Date(start * 864e5);
  return unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 864e5
    : Date.UTC(d.getUTCFullYear() + 1, 0, 1) / 864e5;
}

function binLabel(start, unit) {
  const iso = dayText(start);
  return unit === "year" ? iso.slice(0, 4) : unit === "month" ? iso.slice(0, 7) : iso;
}

// the bins from lo to hi (days, inclusive): their starts, and the start after the last
function binsOver(lo, hi, unit) {
  const starts = [];
  for (let t = binStart(lo, unit); t <= hi; t = binNext(t, unit)) starts.push(t);
  return starts;
}

// a canvas sized to its box in device pixels, drawing in CSS pixels
function fitCanvas(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth, h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return {ctx, w, h};
}
