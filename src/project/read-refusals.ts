/** Why a file was not read, besides Node's own error codes (shared by the reader and its messages). */
export const OUTSIDE_PROJECT = 'outside-project';
export const NOT_REGULAR = 'not-regular';
export const TOO_LARGE = 'too-large';
