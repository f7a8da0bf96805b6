import type { PublicSurvey, SurveyAnswer } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const TOKEN = 'AQ3kZ9.sig_nature-1';
const URL = `/api/surveys/responses/${TOKEN}`;

const SURVEY: PublicSurvey = {
  surveyName: 'After your flight',
  scale: 'csat',
  min: 1,
  max: 5,
  lowLabel: 'Very unsatisfied',
  highLabel: 'Very satisfied',
  question: 'How satisfied are you with your flight?',
  commentPrompt: 'What could we do better?',
  thankYouText: 'Thanks, we read every answer.',
  expiresAt: '2030-01-01T00:00:00.000Z',
  answer: null,
};
const answered = (score: number, comment: string | null, times = 1): SurveyAnswer => ({ score, comment, answeredAt: '2026-11-25T10:00:00.000Z', timesAnswered: times });

// The page is a lazy route: the first test also pays for compiling it.
jest.setTimeout(20_000);

describe('SurveyAnswerPage', () => {
  it('asks the question as a radio group, wants a score, and thanks the customer once sent', async () => {
    const calls = mockFetch({
      [`GET ${URL}`]: { status: 200, body: SURVEY },
      [`PUT ${URL}`]: (init) => ({ status: 200, body: answered(JSON.parse(String(init?.body)).score, JSON.parse(String(init?.body)).comment) }),
    });
    renderApp(`/s/${TOKEN}`);
    const group = await screen.findByRole('radiogroup', { name: SURVEY.question });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);

    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please choose a score first.');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    fireEvent.click(within(group).getByRole('radio', { name: '4' }));
    fireEvent.change(screen.getByLabelText('What could we do better?'), { target: { value: '  More legroom  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));

    expect(await screen.findByRole('heading', { name: 'Thank you!' })).toBeTruthy();
    screen.getByText(SURVEY.thankYouText);
    screen.getByText('4 out of 5');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(JSON.parse(String(put.init?.body))).toEqual({ score: 4, comment: 'More legroom' });
  });

  it('shows an earlier answer and lets the customer change it', async () => {
    const calls = mockFetch({
      [`GET ${URL}`]: { status: 200, body: { ...SURVEY, answer: answered(2, 'Cold food') } },
      [`PUT ${URL}`]: { status: 200, body: answered(5, 'Cold food', 2) },
    });
    renderApp(`/s/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'Thank you!' })).toBeTruthy();
    screen.getByText('Cold food');

    fireEvent.click(screen.getByRole('button', { name: 'Change my answer' }));
    const group = screen.getByRole('radiogroup', { name: SURVEY.question });
    expect((within(group).getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: '5 – Very satisfied' }));
    fireEvent.click(screen.getByRole('button', { name: 'Update my answer' }));
    expect(await screen.findByText('5 out of 5')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it.each([
    [403, 'This link is not valid', 'This survey link is not valid'],
    [410, 'This link has expired', 'This survey link has expired'],
    [410, 'This survey is closed', 'This survey is closed'],
    [404, 'We could not find this survey', 'This survey link is not known'],
  ])('explains a %i answer in plain words (%s)', async (status, heading, message) => {
    mockFetch({ [`GET ${URL}`]: { status, body: { statusCode: status, error: 'Error', message } } });
    renderApp(`/s/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('radiogroup')).toBeNull());
  });
});
