/**
 * Simulated Kmetric weather log. The reading is made up but deterministic:
 * the same place at the same hour of the simulated clock always gives the
 * same temperature and conditions, with a seasonal curve (northern hemisphere).
 */
import type { ActionHandler, AppAdapter } from '../types';
import { hashText, optionalText, reject, setting } from './adapterHelpers';

/** Average temperature per month (°C), January first. */
const SEASON = [-1, 0, 4, 9, 14, 18, 20, 19, 15, 9, 4, 0];
const CONDITIONS = ['clear', 'partly cloudy', 'cloudy', 'light rain', 'rain', 'windy', 'fog'];
const MAX_LOCATION = 100;

const logWeather: ActionHandler = (call) => {
  const location = optionalText(call.fields, 'location') ?? setting(call, 'storeLocation');
  if (location === undefined) {
    reject('no location: fill in the location field, or the store location in the Kmetric setup');
  }
  if (location.length > MAX_LOCATION || !/\p{L}/u.test(location)) {
    reject(`"${location.slice(0, MAX_LOCATION)}" is not a place: write a city and country, like Kraków, Poland`);
  }
  const hour = call.now.slice(0, 13);
  const hash = hashText(`${location.toLowerCase()}|${hour}`);
  const month = Number(call.now.slice(5, 7)) - 1;
  const temperatureC = Math.round(((SEASON[month] ?? 10) + ((hash % 101) - 50) / 10) * 10) / 10;
  let conditions = CONDITIONS[(hash >>> 8) % CONDITIONS.length]!;
  if (temperatureC <= 0 && conditions.includes('rain')) conditions = 'snow';

  const logId = call.sandbox.insert('weather-logs', {
    location,
    temperatureC,
    conditions,
    note: optionalText(call.fields, 'note') ?? '',
    loggedAt: call.now,
  });
  return { output: { log_id: logId, temperature_c: temperatureC, conditions } };
};

export const kmetricAdapter: AppAdapter = {
  appId: 'kmetric',
  actions: { 'log-weather': logWeather },
  collections: { 'weather-logs': 'Weather log' },
};
