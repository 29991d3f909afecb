/** The kinds of event in the future event list (EventQueue stores them as numbers). */
export const ARRIVAL = 0;
export const SERVICE_END = 1;
export const RENEGE = 2;
export const CAPACITY = 3;
export const WARMUP_END = 4;
export const BOOKINGS = 5;
export const BOOKED_ARRIVAL = 6;
