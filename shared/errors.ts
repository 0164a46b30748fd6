// Typed errors for bad input: each carries a one-line message that says what to do.
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
