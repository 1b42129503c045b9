// Setup of the db tests. A test that fakes Date (vi.setSystemTime, to put a case on a statutory
// date) makes the Postgres timers inside PGlite (statistics flush, deadlock check) compute their
// delay across the faked gap; Node clamps such a delay to 1 ms and prints a TimeoutOverflowWarning
// each time — a thousand lines per run that hide real output. The timer firing early is harmless
// (Postgres re-arms it), so that one warning is dropped here; every other warning still prints.
const listeners = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name === 'TimeoutOverflowWarning') return;
  for (const listener of listeners) listener(warning);
});
