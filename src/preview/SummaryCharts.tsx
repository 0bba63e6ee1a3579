import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { JSX } from "react";
import { SUMMARY_COLORS } from "../core/summary/plan";
import type { Lang } from "../core/types";
import { chartData, type ChartData } from "./chart-data";
import type { SummaryPlan } from "../core/summary/plan";

const W = 640;
const H = 260;
const PLOT = { left: 48, right: 12, top: 12, bottom: 28 };
/** The plan's series order for band charts: achieved, near, not achieved, no data; the palette every host uses. */
const STATUS_FILLS = [
  SUMMARY_COLORS.achieved.font,
  SUMMARY_COLORS.near.font,
  SUMMARY_COLORS.notAchieved.font,
  SUMMARY_COLORS.noData.font,
].map((hex) => `#${hex}`);
const BAR_FILL = `#${SUMMARY_COLORS.header.fill}`;
const REFERENCE_STROKE = `#${SUMMARY_COLORS.notAchieved.font}`;
const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  figure: {
    margin: 0,
    flexGrow: 1,
    flexBasis: "320px",
    maxWidth: `${W}px`,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  caption: { ...typographyStyles.body1Strong },
  svg: { width: "100%", height: "auto", display: "block" },
  text: { fill: tokens.colorNeutralForeground2, fontSize: "11px" },
  axis: { stroke: tokens.colorNeutralStroke1 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    ...typographyStyles.caption1,
  },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS },
});

interface Props {
  plan: SummaryPlan;
  lang: Lang;
}

/**
 * The summary sheet's charts drawn from the same SummaryPlan the Excel writers use, so the preview shows the whole
 * result without Excel. A plain SVG: bars, stacks and a pie, with the plan's titles and palette.
 */
export function SummaryCharts({ plan, lang }: Props): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {chartData(plan).map((data) => (
        <figure key={data.chart.id} className={styles.figure} data-chart={data.chart.id}>
          <figcaption className={styles.caption}>{data.chart.title}</figcaption>
          <ChartSvg data={data} lang={lang} />
          {data.chart.kind !== "column" && <Legend data={data} />}
        </figure>
      ))}
    </div>
  );
}

function ChartSvg({ data, lang }: { data: ChartData; lang: Lang }): JSX.Element {
  const styles = useStyles();
  const body =
    data.chart.kind === "pie" ? (
      <Pie data={data} />
    ) : (
      <Bars data={data} lang={lang} stacked={data.chart.kind === "stackedColumn"} />
    );
  return (
    <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={data.chart.title}>
      {body}
    </svg>
  );
}

function Bars({ data, lang, stacked }: { data: ChartData; lang: Lang; stacked: boolean }): JSX.Element {
  const styles = useStyles();
  const { categories, series, chart } = data;
  const totals = categories.map((_, i) =>
    stacked
      ? series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0)
      : Math.max(0, series[0]?.values[i] ?? 0),
  );
  const percent = chart.valueFormat?.includes("%") ?? false;
  const highest = Math.max(data.reference ?? 0, ...totals) * 1.1 || 1;
  // Counts get whole-number ticks (0, 4, 8, 12), rates quarters of the axis.
  const step = percent ? (chart.axisMax ?? highest) / 4 : Math.max(1, Math.ceil(highest / 4));
  const top = chart.axisMax ?? (percent ? highest : step * 4);
  const format = new Intl.NumberFormat(LOCALES[lang], percent ? { style: "percent" } : { maximumFractionDigits: 0 });
  const plotW = W - PLOT.left - PLOT.right;
  const plotH = H - PLOT.top - PLOT.bottom;
  const y = (v: number) => PLOT.top + plotH - (Math.min(v, top) / top) * plotH;
  const slot = plotW / Math.max(categories.length, 1);
  const barW = Math.max(2, slot * 0.7);
  const ticks = [0, 1, 2, 3, 4].map((i) => i * step);
  return (
    <>
      {ticks.map((v) => (
        <g key={v}>
          <line className={styles.axis} x1={PLOT.left} x2={W - PLOT.right} y1={y(v)} y2={y(v)} strokeOpacity={0.4} />
          <text className={styles.text} x={PLOT.left - 4} y={y(v) + 4} textAnchor="end">
            {format.format(v)}
          </text>
        </g>
      ))}
      {categories.map((category, i) => {
        const x = PLOT.left + i * slot + (slot - barW) / 2;
        let base = 0;
        return (
          <g key={i} data-category={category}>
            {(stacked ? series : series.slice(0, 1)).map((s, k) => {
              const value = Math.max(0, s.values[i] ?? 0);
              const from = base;
              base += value;
              if (value === 0) return null;
              return (
                <rect
                  key={k}
                  x={x}
                  width={barW}
                  y={y(from + value)}
                  height={y(from) - y(from + value)}
                  fill={stacked ? STATUS_FILLS[k] : BAR_FILL}
                >
                  <title>{`${category}: ${s.name} ${format.format(s.values[i] ?? 0)}`}</title>
                </rect>
              );
            })}
            <text className={styles.text} x={x + barW / 2} y={H - PLOT.bottom + 14} textAnchor="middle">
              {stacked ? i + 1 : category}
            </text>
          </g>
        );
      })}
      {data.reference !== null && (
        <line
          x1={PLOT.left}
          x2={W - PLOT.right}
          y1={y(data.reference)}
          y2={y(data.reference)}
          stroke={REFERENCE_STROKE}
          strokeWidth={2}
          strokeDasharray="6 4"
          data-reference={data.reference}
        />
      )}
    </>
  );
}

function Pie({ data }: { data: ChartData }): JSX.Element {
  const values = (data.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const cx = W / 2;
  const cy = H / 2;
  const r = H / 2 - 12;
  let angle = -Math.PI / 2;
  return (
    <>
      {values.map((value, i) => {
        if (value === 0 || total === 0) return null;
        const sweep = (value / total) * Math.PI * 2;
        const start = angle;
        angle += sweep;
        const label = `${data.categories[i]}: ${value}`;
        if (value === total) {
          return (
            <circle key={i} cx={cx} cy={cy} r={r} fill={STATUS_FILLS[i]}>
              <title>{label}</title>
            </circle>
          );
        }
        const [x1, y1] = [cx + r * Math.cos(start), cy + r * Math.sin(start)];
        const [x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
        const large = sweep > Math.PI ? 1 : 0;
        return (
          <path key={i} d={`M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${large} 1 ${x2},${y2} Z`} fill={STATUS_FILLS[i]}>
            <title>{label}</title>
          </path>
        );
      })}
    </>
  );
}

function Legend({ data }: { data: ChartData }): JSX.Element {
  const styles = useStyles();
  const entries =
    data.chart.kind === "pie"
      ? data.categories.map((name, i) => ({
          name: `${name}: ${data.series[0]?.values[i] ?? 0}`,
          fill: STATUS_FILLS[i],
        }))
      : [
          ...data.series.map((s, i) => ({ name: s.name, fill: STATUS_FILLS[i] })),
          ...data.categories.map((name, i) => ({ name: `${i + 1}. ${name}`, fill: undefined })),
        ];
  return (
    <ul className={styles.legend}>
      {entries.map((e) => (
        <li key={e.name}>
          {e.fill && <span className={styles.swatch} style={{ backgroundColor: e.fill }} aria-hidden />}
          {e.name}
        </li>
      ))}
    </ul>
  );
}
