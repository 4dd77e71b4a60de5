// The two charts, drawn with ECharts from the WebJar the gateway serves (nothing is fetched from the internet).
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { t } from './i18n.js';
import { STATUSES, STATUS_COLOR, STATUS_SHAPE, statusLabel, pct } from './format.js';

const AXIS_TEXT = '#1f2937';

/** Charts of the previous view, disposed before a new view is drawn. */
const live = new Set();

export function disposeCharts() {
  for (const chart of live) chart.dispose();
  live.clear();
}

function make(element) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  live.add(chart);
  return chart;
}

/**
 * 双监控: every project as a point (x = time progress, y = execution rate), the diagonal as "spent as fast as time
 * passes", one series per status so that the legend names the status and the shape differs as well as the colour.
 * @param points [{id, name, unitCode, timeProgress, executionRate, status}]
 */
export function scatter(element, points, onPick) {
  const chart = make(element);
  const byStatus = new Map();
  let top = 1;
  for (const p of points) {
    if (p.timeProgress === null || p.timeProgress === undefined || p.executionRate === null || p.executionRate === undefined) continue;
    const x = Number(p.timeProgress) * 100;
    const y = Number(p.executionRate) * 100;
    top = Math.max(top, y / 100);
    if (!byStatus.has(p.status)) byStatus.set(p.status, []);
    byStatus.get(p.status).push({ value: [x, y], id: p.id, name: p.name, unitCode: p.unitCode });
  }
  const max = Math.ceil(Math.min(Math.max(top, 1), 3) * 10) * 10;
  const series = STATUSES.filter((s) => byStatus.has(s)).map((s) => ({
    type: 'scatter',
    name: statusLabel(s),
    data: byStatus.get(s),
    symbol: STATUS_SHAPE[s],
    symbolSize: 10,
    itemStyle: { color: STATUS_COLOR[s], borderColor: '#ffffff', borderWidth: 1 },
    // Batch drawing: a thousand points cost a fraction of drawing each as its own element.
    large: points.length > 200,
    largeThreshold: 50,
  }));
  series.push({
    type: 'line',
    name: t('timeProgress'),
    data: [[0, 0], [100, 100]],
    symbol: 'none',
    lineStyle: { type: 'dashed', color: '#374151' },
    silent: true,
    tooltip: { show: false },
  });
  chart.setOption({
    animation: points.length < 300,
    grid: { left: 56, right: 20, top: 40, bottom: 48 },
    legend: { top: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'item',
      formatter: (item) =>
        `${item.data.name}<br>${t('executionRate')} ${pct(item.value[1] / 100)} · ${t('timeProgress')} ${pct(item.value[0] / 100)}<br>${item.seriesName}`,
    },
    xAxis: { name: t('timeProgress'), nameLocation: 'middle', nameGap: 28, min: 0, max: 100,
      axisLabel: { formatter: '{value}%', color: AXIS_TEXT } },
    yAxis: { name: t('executionRate'), min: 0, max, axisLabel: { formatter: '{value}%', color: AXIS_TEXT } },
    series,
  });
  if (onPick) chart.on('click', (item) => item.data?.id && onPick(item.data));
  return chart;
}

/**
 * A small chart of one indicator: its value as of each month end (the latest report by then) against the value
 * expected by then.
 * @param months [{asOf, actual, expected}]
 */
export function trend(element, months) {
  const chart = make(element);
  chart.setOption({
    animation: false,
    grid: { left: 34, right: 6, top: 6, bottom: 18 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.asOf.slice(5, 7)), axisLabel: { fontSize: 9, color: AXIS_TEXT } },
    yAxis: { type: 'value', axisLabel: { fontSize: 9, color: AXIS_TEXT }, splitNumber: 2 },
    series: [
      { type: 'line', name: t('expectedLine'), data: months.map((m) => m.expected), symbol: 'none',
        lineStyle: { type: 'dashed', color: '#6b7280' } },
      { type: 'line', name: t('reported'), data: months.map((m) => m.actual), connectNulls: false, symbolSize: 5,
        itemStyle: { color: '#1d4ed8' } },
    ],
  });
  return chart;
}

window.addEventListener('resize', () => {
  for (const chart of live) chart.resize();
});
