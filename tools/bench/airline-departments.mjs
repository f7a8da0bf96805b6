// The airline data set README's routing ground truth: each complaint reason's department.
// "Can't Tell" has none, and positive or neutral tweets carry no reason at all.
export const AIRLINE_DEPARTMENTS = {
  'Lost Luggage': 'Baggage',
  'Damaged Luggage': 'Baggage',
  'Late Flight': 'Flight Operations',
  'Cancelled Flight': 'Flight Operations',
  'Customer Service Issue': 'Customer Care',
  longlines: 'Customer Care',
  'Flight Booking Problems': 'Reservations',
  'Bad Flight': 'Inflight Experience',
  'Flight Attendant Complaints': 'Inflight Experience',
};
