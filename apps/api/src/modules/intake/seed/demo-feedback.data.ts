import { faker } from '@faker-js/faker/locale/en';
import type { SubmitFeedbackRequest } from '@fullcircle/shared';

const SEED = 20261125;
const DAY_MS = 24 * 3600 * 1000;

// Generated, not copied from any data set: short airline-style remarks per topic, some in French and Spanish.
const REMARKS: Record<string, string[]> = {
  baggage: [
    'My suitcase did not arrive in {city}. Nobody at the desk could tell me where it is.',
    'Bag came out on the carousel with a broken handle.',
    'Thanks for getting my lost bag to my hotel the same evening!',
    'Ma valise est arrivée avec deux jours de retard.',
  ],
  delays: [
    'Flight to {city} was delayed three hours and we were told nothing.',
    'Missed my connection in {city} because of the late departure.',
    'El vuelo salió con dos horas de retraso y no hubo información.',
    'Pilot kept us informed during the delay, much appreciated.',
  ],
  crew: [
    'The cabin crew on my flight to {city} were wonderful with my kids.',
    'Flight attendant was rude when I asked for water.',
    'Great service on board, thank you to the whole crew.',
  ],
  app: [
    'The app crashed twice during online check-in.',
    'Could not add my frequent flyer number in the app.',
    'Boarding pass in the app made the airport a breeze.',
  ],
  loyalty: [
    'Miles from my trip to {city} never showed up in my account.',
    'Upgrade with points was easy, lovely experience.',
    'Customer service took 40 minutes to answer about my miles.',
  ],
};

const STAGES = ['booking', 'check-in', 'boarding', 'in-flight', 'arrival', 'after-travel'];

/** A fixed, seeded history: the same demo customers and items on every fresh database. */
export function demoFeedback(now: Date, customers = 40, items = 120): SubmitFeedbackRequest[] {
  faker.seed(SEED);
  const people = Array.from({ length: customers }, () => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    return {
      name: `${firstName} ${lastName}`,
      email: faker.internet.email({ firstName, lastName, provider: 'example.com' }).toLowerCase(),
      phone: faker.helpers.maybe(() => `+4477009${faker.string.numeric(5)}`, { probability: 0.3 }),
    };
  });
  const topics = Object.keys(REMARKS);
  return Array.from({ length: items }, (_, i) => {
    const person = faker.helpers.arrayElement(people);
    const text = faker.helpers.arrayElement(REMARKS[faker.helpers.arrayElement(topics)]).replace('{city}', faker.location.city());
    const scale = faker.helpers.arrayElement(['nps', 'csat', 'ces', null] as const);
    const range = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
    return {
      text,
      ...(scale ? { score: { scale, value: faker.number.int({ min: range[scale][0], max: range[scale][1] }) } } : {}),
      journeyStage: faker.helpers.arrayElement(STAGES),
      receivedAt: new Date(now.getTime() - faker.number.int({ min: 0, max: 60 * DAY_MS })).toISOString(),
      externalMessageId: `demo-${i + 1}`,
      customer: { name: person.name, email: person.email, ...(person.phone ? { phone: person.phone } : {}) },
    };
  });
}
