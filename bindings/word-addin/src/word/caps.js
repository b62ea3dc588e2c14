// Which Word API sets the host supports, asked once through
// Office.context.requirements.isSetSupported. The manifest requires WordApi 1.3 (list
// strings, built-in style names, ranges); everything newer is optional and each feature
// degrades on its own: no 1.5 -> footnote texts are not checked; no 1.6 -> a cheap
// polling loop instead of paragraph events; no 1.7 -> no critique annotations (panel only).

export function detectCapabilities(Office) {
  const has = (version) => {
    try {
      return Boolean(Office?.context?.requirements?.isSetSupported('WordApi', version));
    } catch {
      return false; // very old hosts throw instead of answering false
    }
  };
  return { wordApi13: has('1.3'), footnotes: has('1.5'), events: has('1.6'), annotations: has('1.7') };
}

/** The capabilities as the settings view lists them. */
export function describeCapabilities(caps) {
  return {
    'WordApi 1.3': caps.wordApi13,
    'footnotes (1.5)': caps.footnotes,
    'change events (1.6)': caps.events,
    'critiques (1.7)': caps.annotations,
  };
}
