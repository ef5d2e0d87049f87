/**
 * Errors shaped like OfficeExtension.Error: a `code` (ItemNotFound, PropertyNotLoaded, ...), a message,
 * and `debugInfo` with the same code. No Node APIs: the fake also runs in a browser bundle.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`);
}

export function apiNotFound(api: string, version: string): FakeOfficeError {
  return new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found. (${api}, ExcelApi ${version})`);
}
