/**
 * The slice of the Office.js globals the back end uses, taken as parameters so tests can pass a fake.
 * Built from @types/office-js: the real `Excel` and `Office` namespaces satisfy these interfaces.
 */

/** Excel.run with a batch function (the only overload the add-in uses). */
export interface ExcelApiLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Office.context.ui.displayDialogAsync and what it hands back. */
export interface DialogLike {
  addEventHandler(eventType: Office.EventType | string, handler: (arg: unknown) => void): void;
  close(): void;
}

export interface DialogResultLike {
  status: Office.AsyncResultStatus | string;
  value?: DialogLike;
  error?: { code: number; message: string };
}

export interface OfficeLike {
  context: {
    displayLanguage?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync(startAddress: string, options?: Office.DialogOptions, callback?: (result: DialogResultLike) => void): void;
    };
  };
}

export interface OfficeEnv {
  excel: ExcelApiLike;
  office: OfficeLike;
}
