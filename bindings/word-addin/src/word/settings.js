// The ignore list stored in the document's own settings
// (Office.context.document.settings), so that it travels with the .docx to the next
// delegate. The value is the validator's `ignore` array; it is cleaned on load by the
// controller (src/core/ignores.js), not here.

const KEY = 'resolint.ignore';

export function documentIgnoreStore(Office) {
  const settings = Office.context.document.settings;
  return {
    load: async () => settings.get(KEY) ?? [],
    save: (list) =>
      new Promise((resolve, reject) => {
        settings.set(KEY, list);
        settings.saveAsync((result) => {
          if (result?.status === 'failed') reject(new Error(result.error?.message ?? 'saving the document settings failed'));
          else resolve();
        });
      }),
  };
}

export { KEY as IGNORE_SETTING };
