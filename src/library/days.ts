import { endOfDay } from 'date-fns/endOfDay';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { startOfDay } from 'date-fns/startOfDay';

/** A date field's `yyyy-MM-dd` for an epoch-ms bound, or '' for none. */
export const dayValue = (at: number | null) => (at === null ? '' : format(at, 'yyyy-MM-dd'));

const local = (value: string) => {
  const day = parse(value, 'yyyy-MM-dd', 0);
  return value && isValid(day) ? day : null;
};
/** The first and last instant of a local day typed in a date field; null when it is empty. */
export const dayStart = (value: string) => {
  const day = local(value);
  return day ? startOfDay(day).getTime() : null;
};
export const dayEnd = (value: string) => {
  const day = local(value);
  return day ? endOfDay(day).getTime() : null;
};
