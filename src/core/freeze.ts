/** `Object.freeze` under a short name of its own: the core freezes everything it hands out, in many places. */
export const freeze = Object.freeze;
