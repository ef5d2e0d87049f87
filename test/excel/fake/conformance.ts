/**
 * Compile-time check that the fake's properties have the names and types of @types/office-js (the
 * fake implements a subset; methods return fake proxies, so they are cast at the boundary instead).
 */
import type { FakeChartSeries, FakeChart, FakeChartTitle } from './charts';
import type { FakeComment, FakeNote } from './comments';
import type { FakeConditionalFormat, FakeConditionalFormatRule, FakeConditionalRangeFill } from './conditionalFormats';
import type { FakeRange, FakeRangeAreas, FakeRangeFill, FakeRangeFont, FakeRangeFormat } from './range';
import type { FakeSetting } from './workbook';
import type { FakePageLayout, FakeWorksheet, FakeWorksheetFreezePanes } from './worksheet';

// false (not never, which is assignable to anything and would let every check pass) when a property differs
type Conforms<Fake, Real, K extends keyof Real & keyof Fake> = { [P in K]: [Fake[P]] extends [Real[P]] ? true : false };
type AllTrue<T> = [T[keyof T]] extends [true] ? true : false;

export const conformance: true[] = [
  true as AllTrue<Conforms<FakeRange, Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'values' | 'numberFormat' | 'isNullObject'>>,
  true as AllTrue<Conforms<FakeRangeAreas, Excel.RangeAreas, 'address' | 'areaCount' | 'isNullObject'>>,
  true as AllTrue<Conforms<FakeRangeFormat, Excel.RangeFormat, 'columnWidth' | 'wrapText'>>,
  true as AllTrue<Conforms<FakeRangeFill, Excel.RangeFill, 'color'>>,
  true as AllTrue<Conforms<FakeRangeFont, Excel.RangeFont, 'bold' | 'italic' | 'color' | 'size'>>,
  true as AllTrue<Conforms<FakeWorksheet, Excel.Worksheet, 'name' | 'id' | 'position' | 'visibility' | 'isNullObject'>>,
  true as AllTrue<Conforms<FakePageLayout, Excel.PageLayout, 'zoom'>>,
  true as AllTrue<Conforms<FakeWorksheetFreezePanes, Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'unfreeze'>>,
  true as AllTrue<Conforms<FakeConditionalFormat, Excel.ConditionalFormat, 'id' | 'priority' | 'stopIfTrue'>>,
  true as AllTrue<Conforms<FakeConditionalFormatRule, Excel.ConditionalFormatRule, 'formula'>>,
  true as AllTrue<Conforms<FakeConditionalRangeFill, Excel.ConditionalRangeFill, 'color'>>,
  true as AllTrue<Conforms<FakeChart, Excel.Chart, 'name'>>,
  true as AllTrue<Conforms<FakeChartTitle, Excel.ChartTitle, 'text'>>,
  true as AllTrue<Conforms<FakeChartSeries, Excel.ChartSeries, 'name'>>,
  true as AllTrue<Conforms<FakeComment, Excel.Comment, 'id' | 'content' | 'authorName'>>,
  true as AllTrue<Conforms<FakeNote, Excel.Note, 'content' | 'authorName'>>,
  true as AllTrue<Conforms<FakeSetting, Excel.Setting, 'key' | 'value'>>,
];
