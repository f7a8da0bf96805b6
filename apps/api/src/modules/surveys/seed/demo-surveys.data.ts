import type { CreateSurveyRequest } from '@fullcircle/shared';

export interface DemoSurvey {
  survey: CreateSurveyRequest & { scale: 'nps' | 'csat' | 'ces' };
  /** One answer per invited customer, in order; null leaves that link unanswered. */
  answers: ({ score: number; comment?: string } | null)[];
}

// Scores spread so the charts have a shape: NPS lands around +20, CSAT mostly 4s and 5s.
export const DEMO_SURVEYS: DemoSurvey[] = [
  {
    survey: {
      name: 'After your flight (NPS)',
      scale: 'nps',
      question: 'How likely are you to recommend Fullcircle Air to a friend or colleague?',
      commentPrompt: 'What is the main reason for your score?',
      thankYouText: 'Thank you! Every answer is read by the team that looks after your journey.',
    },
    answers: [
      { score: 10, comment: 'Smooth boarding and a friendly crew.' },
      { score: 9 },
      { score: 9, comment: 'Good value, on time both ways.' },
      { score: 10 },
      { score: 8 },
      { score: 7, comment: 'Fine, but the seats were cramped.' },
      { score: 6, comment: 'Delayed again, and little information at the gate.' },
      { score: 9 },
      { score: 3, comment: 'My bag took four days to arrive.' },
      { score: 10, comment: 'The app made check-in a breeze.' },
      { score: 8 },
      null,
      null,
    ],
  },
  {
    survey: {
      name: 'Baggage claim (CSAT)',
      scale: 'csat',
      question: 'How satisfied are you with how we handled your baggage claim?',
      commentPrompt: 'Anything we could have done better?',
    },
    answers: [
      { score: 5, comment: 'Bag delivered to my hotel the same evening.' },
      { score: 4 },
      { score: 2, comment: 'Nobody called me back; I had to chase three times.' },
      { score: 5 },
      { score: 4, comment: 'Quick once I reached the right desk.' },
      null,
    ],
  },
];
