// GitHub's error answers: { message, documentation_url, status } plus `errors`
// for validation failures. A handler throws ApiError; the server sends it.

export const REST_DOCS = 'https://docs.github.com/rest';

/** One entry of a 422's `errors`, as GitHub writes them. */
export interface FieldError {
  resource: string;
  code: 'missing_field' | 'invalid' | 'custom' | 'missing' | 'already_exists';
  field?: string;
  message?: string;
}

export interface ErrorBody {
  message: string;
  documentation_url: string;
  status: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly body: ErrorBody;

  constructor(
    readonly status: number,
    message: string,
    documentationUrl: string,
    errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    // GitHub's key order: message, errors, documentation_url, status.
    this.body = { message, ...(errors ? { errors } : {}), documentation_url: documentationUrl, status: String(status) };
  }
}

export const notFound = (docs: string, message = 'Not Found'): ApiError => new ApiError(404, message, docs);

export const validationFailed = (docs: string, errors: FieldError[]): ApiError =>
  new ApiError(422, 'Validation Failed', docs, errors);

/** A 422 that GitHub sends with a message of its own and no `errors`. */
export const unprocessable = (docs: string, message: string): ApiError => new ApiError(422, message, docs);

/** What GitHub answers an installation token that lacks a permission. */
export const notAccessible = (docs: string): ApiError => new ApiError(403, 'Resource not accessible by integration', docs);

/** Rails' length validation, which GitHub applies to bodies and descriptions. */
export function tooLong(docs: string, resource: string, field: string, value: string | null | undefined, max: number): ApiError | undefined {
  if (value == null || value.length <= max) return undefined;
  return validationFailed(docs, [
    { resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` },
  ]);
}
