/** A token that is a number, an amount or a date part ("2.5", "$40", "(1987"), not a name with a digit in it. */
export const NUMBER_TOKEN = /^\(?[$£€]?\d/;
