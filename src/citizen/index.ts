/**
 * The citizen view (issue #8): a person sees from the disclosure log which organisations have received
 * their data, when, under which permit and through which interface. Not something DVV's real service offers.
 */
export { citizenPlugin } from './routes.js';
