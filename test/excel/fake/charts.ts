/** Fake charts of a worksheet: add from a source range, title, series values and categories, position. */
import { formatAddress } from './addressing';
import { FakeClientObject, FakeCollection, type AnyClientObject, type Scalars } from './clientObject';
import { invalidArgument } from './errors';
import { FakeRange } from './range';
import { newId, type FakeChartSeriesState, type FakeChartState, type FakeSheetState } from './state';

export interface ChartEntity {
  sheet: FakeSheetState;
  chart: FakeChartState;
}

function rangeAddress(range: unknown): string {
  if (typeof range === 'string') return range;
  if (range instanceof FakeRange) {
    const e = range._require();
    return formatAddress(e.sheet.name, e.rect);
  }
  throw invalidArgument('expected a Range');
}

/** Excel.ChartType values (@types/office-js, ChartCollection.add); anything else is InvalidArgument. */
const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', '3DColumnClustered', '3DColumnStacked',
  '3DColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100', '3DBarClustered', '3DBarStacked',
  '3DBarStacked100', 'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked',
  'LineMarkersStacked100', 'PieOfPie', 'PieExploded', '3DPieExploded', 'BarOfPie', 'XYScatterSmooth',
  'XYScatterSmoothNoMarkers', 'XYScatterLines', 'XYScatterLinesNoMarkers', 'AreaStacked', 'AreaStacked100',
  '3DAreaStacked', '3DAreaStacked100', 'DoughnutExploded', 'RadarMarkers', 'RadarFilled', 'Surface',
  'SurfaceWireframe', 'SurfaceTopView', 'SurfaceTopViewWireframe', 'Bubble', 'Bubble3DEffect', 'StockHLC',
  'StockOHLC', 'StockVHLC', 'StockVOHLC', 'CylinderColClustered', 'CylinderColStacked',
  'CylinderColStacked100', 'CylinderBarClustered', 'CylinderBarStacked', 'CylinderBarStacked100',
  'CylinderCol', 'ConeColClustered', 'ConeColStacked', 'ConeColStacked100', 'ConeBarClustered',
  'ConeBarStacked', 'ConeBarStacked100', 'ConeCol', 'PyramidColClustered', 'PyramidColStacked',
  'PyramidColStacked100', 'PyramidBarClustered', 'PyramidBarStacked', 'PyramidBarStacked100', 'PyramidCol',
  '3DColumn', 'Line', '3DLine', '3DPie', 'Pie', 'XYScatter', '3DArea', 'Area', 'Doughnut', 'Radar',
  'Histogram', 'Boxwhisker', 'Pareto', 'RegionMap', 'Treemap', 'Waterfall', 'Sunburst', 'Funnel',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);

export class FakeChartCollection extends FakeCollection<FakeSheetState, FakeChart> {
  protected list(sheet: FakeSheetState): unknown[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected itemProxy(item: unknown): FakeChart {
    return new FakeChart(this.context, () => item as ChartEntity);
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    let created: ChartEntity | null = null;
    const child = new FakeChart(this.context, () => created);
    this.context.enqueue(
      { Action: 'Method', ObjectId: child._objectId, ParentId: this._objectId, Name: 'add', Args: [type, { ObjectId: sourceData._objectId }, seriesBy] },
      () => {
        const sheet = this._require();
        if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${type}`);
        if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`seriesBy ${seriesBy}`);
        const source = sourceData._require();
        if (source.sheet !== sheet) throw invalidArgument('the chart data must be on the chart sheet');
        const series: FakeChartSeriesState[] = [];
        const byRows = seriesBy === 'Rows';
        const count = byRows ? source.rect.bottom - source.rect.top + 1 : source.rect.right - source.rect.left + 1;
        for (let i = 0; i < count; i++) {
          const rect = byRows
            ? { ...source.rect, top: source.rect.top + i, bottom: source.rect.top + i }
            : { ...source.rect, left: source.rect.left + i, right: source.rect.left + i };
          series.push({ name: `Serie${i + 1}`, values: formatAddress(sheet.name, rect), xValues: null });
        }
        const chart: FakeChartState = {
          id: newId(this.context.state, 'chart'),
          name: `Grafico ${sheet.charts.length + 1}`,
          chartType: type,
          seriesBy,
          source: formatAddress(sheet.name, source.rect),
          title: '',
          series,
          position: null,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
        child._bind(created);
      },
    );
    return child;
  }

  get count(): number {
    return this.items.length;
  }

  getItemAt(index: number): FakeChart {
    const child = new FakeChart(this.context, () => {
      const sheet = this._require();
      const chart = sheet.charts[index];
      return chart ? { sheet, chart } : null;
    });
    return this.instantiate(child, 'getItemAt', [index]);
  }
}

export class FakeChart extends FakeClientObject<ChartEntity> {
  protected override alive(e: ChartEntity): boolean {
    return this.context.state.sheets.includes(e.sheet) && e.sheet.charts.includes(e.chart);
  }
  protected scalars(): Scalars<ChartEntity> {
    return { id: (e) => e.chart.id, name: (e) => e.chart.name, chartType: (e) => e.chart.chartType };
  }
  protected override navigation(): Record<string, () => AnyClientObject> {
    return { title: () => this.title, series: () => this.series };
  }
  get name(): string {
    return this.get('name');
  }
  set name(n: string) {
    this.setProperty('name', n, (e) => (e.chart.name = n));
  }
  get chartType(): string {
    return this.get('chartType');
  }
  private cachedTitle?: FakeChartTitle;
  get title(): FakeChartTitle {
    this.cachedTitle ??= new FakeChartTitle(this.context, () => this._require());
    return this.cachedTitle;
  }
  private cachedSeries?: FakeChartSeriesCollection;
  get series(): FakeChartSeriesCollection {
    this.cachedSeries ??= new FakeChartSeriesCollection(this.context, () => this._require());
    return this.cachedSeries;
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.callMethod('setPosition', [startCell, endCell], (e) => {
      e.chart.position = { start: rangeAddress(startCell), end: endCell === undefined ? null : rangeAddress(endCell) };
    });
  }
  delete(): void {
    this.callMethod('delete', [], (e) => {
      e.sheet.charts = e.sheet.charts.filter((c) => c !== e.chart);
    });
  }
}

export class FakeChartTitle extends FakeClientObject<ChartEntity> {
  protected scalars(): Scalars<ChartEntity> {
    return { text: (e) => e.chart.title, visible: (e) => e.chart.title !== '' };
  }
  get text(): string {
    return this.get('text');
  }
  set text(t: string) {
    this.setProperty('text', t, (e) => (e.chart.title = t));
  }
}

interface SeriesEntity {
  chart: ChartEntity;
  index: number;
}

export class FakeChartSeriesCollection extends FakeCollection<ChartEntity, FakeChartSeries> {
  protected list(e: ChartEntity): unknown[] {
    return e.chart.series.map((_, index) => ({ chart: e, index }));
  }
  protected itemProxy(item: unknown): FakeChartSeries {
    return new FakeChartSeries(this.context, () => item as SeriesEntity);
  }
  getItemAt(index: number): FakeChartSeries {
    const child = new FakeChartSeries(this.context, () => {
      const chart = this._require();
      return index >= 0 && index < chart.chart.series.length ? { chart, index } : null;
    });
    return this.instantiate(child, 'getItemAt', [index]);
  }
}

export class FakeChartSeries extends FakeClientObject<SeriesEntity> {
  protected scalars(): Scalars<SeriesEntity> {
    return { name: (e) => e.chart.chart.series[e.index].name };
  }
  get name(): string {
    return this.get('name');
  }
  set name(n: string) {
    this.setProperty('name', n, (e) => (e.chart.chart.series[e.index].name = n));
  }
  setValues(sourceData: FakeRange): void {
    this.callMethod('setValues', [sourceData], (e) => (e.chart.chart.series[e.index].values = rangeAddress(sourceData)), '1.7');
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.callMethod('setXAxisValues', [sourceData], (e) => (e.chart.chart.series[e.index].xValues = rangeAddress(sourceData)), '1.7');
  }
}
