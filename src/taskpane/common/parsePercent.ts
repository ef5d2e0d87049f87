/**
 * Reads a percentage typed by staff in the override editor: "60", "60,5", "60,0 %", "100".
 * The Italian decimal comma is the norm; a lone dot is accepted as a decimal point ("60.5"), but a
 * dot followed by exactly three digits is a thousands separator ("1.000" = 1000, out of range).
 */
import Decimal from 'decimal.js';

export type PercentInput =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'out-of-range'; raw: string };

export function parsePercentInput(raw: string): PercentInput {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty', raw };
  const body = text.replace(/\s*%$/, '').replace(/\s+/g, '');
  let normalised: string;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) {
    normalised = body.replace(/\./g, '').replace(',', '.');
  } else if (/^[+-]?\d+(,\d+)?$/.test(body) || /^[+-]?\d*,\d+$/.test(body)) {
    normalised = body.replace(',', '.');
  } else if (/^[+-]?\d+(\.\d+)?$/.test(body) || /^[+-]?\d*\.\d+$/.test(body)) {
    normalised = body;
  } else {
    return { ok: false, reason: 'not-a-number', raw };
  }
  const value = new Decimal(normalised);
  if (value.lt(0) || value.gt(100)) return { ok: false, reason: 'out-of-range', raw };
  return { ok: true, value: value.toNumber() || 0 }; // "-0" -> 0
}
