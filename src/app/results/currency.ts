/**
 * The currency money is shown in (an ISO 4217 code, the blueprint's `currency`): the app
 * gives the open blueprint's, the results panel the one of the blueprint its run was of.
 * Undefined: costs are plain numbers.
 */
import { createContext } from 'react';

export const Currency = createContext<string | undefined>(undefined);
