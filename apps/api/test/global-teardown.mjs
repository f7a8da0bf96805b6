// Stops what global-setup.mjs started; the PostgreSQL data folder is deleted on stop.
export default async function globalTeardown() {
  const services = globalThis.__FULLCIRCLE_TEST_SERVICES__;
  await services?.redis?.stop();
  await services?.postgres?.stop();
}
