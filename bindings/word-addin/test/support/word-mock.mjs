// A fake Word document for the unit tests, made of office-addin-mock objects
// (OfficeMockObject tracks load/sync: a property read without load() and sync() gives
// an error string instead of the value, as Office.js would throw). Each Word.run gets
// fresh proxies over one document model, as in Office; writes (insertText, delete,
// annotations) change the model at once, and live search hits shift with them the way
// Word ranges do. Only the calls the add-in makes exist: anything else is undefined.
import { OfficeMockObject } from 'office-addin-mock';

/** A collection proxy: `items` only after load() and sync(), load() forwarded to the items. */
class Collection {
  constructor(items, ctx) {
    this._items = items;
    this._loaded = false;
    this._synced = false;
    ctx.track(this);
  }
  load(props) {
    this._loaded = true;
    if (props) for (const item of this._items) item.load(props);
    return this;
  }
  async sync() {
    if (this._loaded) this._synced = true;
    for (const item of this._items) await item.sync();
  }
  get items() {
    if (!this._synced) throw new Error('PropertyNotLoaded: load the collection and sync before reading items');
    return this._items;
  }
}

/** Word's search syntax for the literal text the add-in sends (^^, ^t, ^s). */
function unescapeSearch(pattern) {
  return pattern.replace(/\^(.)/g, (_, c) => ({ '^': '^', t: '\t', s: '\u00a0' })[c] ?? `^${c}`);
}

/**
 * `createWord({ paragraphs, footnotes, sets, settings, hideHits })`:
 * - paragraphs: [{ text, listString?, style?, styleBuiltIn? }]
 * - footnotes: [[paragraph texts of footnote 1], …] (visible only with WordApi 1.5)
 * - sets: supported WordApi versions, e.g. ['1.3', '1.5']
 * - hideHits: a search pattern Word "cannot see" (to test refusals)
 * Returns { Word, Office, model, log }.
 */
export function createWord({ paragraphs = [], footnotes = [], sets = ['1.3'], settings = {}, hideHits = null } = {}) {
  const model = {
    body: paragraphs.map((p) => ({ ...p, ranges: new Set(), annotations: [] })),
    notes: footnotes.map((texts) => texts.map((text) => ({ text, ranges: new Set(), annotations: [] }))),
    settings: { ...settings },
    saved: 0,
    handlers: [],
    nextId: 1,
  };
  const log = [];
  const has = (v) => sets.includes(v);

  function edit(par, start, end, text) {
    par.text = par.text.slice(0, start) + text + par.text.slice(end);
    const delta = text.length - (end - start);
    for (const r of par.ranges) {
      if (r.start >= end) {
        r.start += delta;
        r.end += delta;
      } else if (r.end > start) r.dead = true; // overlapped by the edit
    }
  }

  function rangeMock(ctx, par, start, end) {
    const anchor = { start, end };
    par.ranges.add(anchor);
    const mock = new OfficeMockObject({
      text: par.text.slice(start, end),
      insertText(text, location) {
        log.push(['insertText', text, location, par.text.slice(anchor.start, anchor.end)]);
        if (location === 'Replace') edit(par, anchor.start, anchor.end, text);
        else if (location === 'After' || location === 'End') edit(par, anchor.end, anchor.end, text);
        else edit(par, anchor.start, anchor.start, text);
      },
      delete() {
        log.push(['delete', par.text.slice(anchor.start, anchor.end)]);
        edit(par, anchor.start, anchor.end, '');
      },
      select() {
        log.push(['select', par.text.slice(anchor.start, anchor.end)]);
      },
    });
    ctx.track(mock);
    return mock;
  }

  function paragraphMock(ctx, par) {
    const mock = new OfficeMockObject({
      text: par.text,
      style: par.style ?? 'Normal',
      styleBuiltIn: par.styleBuiltIn ?? 'Normal',
      isListItem: Boolean(par.listString),
      listItemOrNullObject: { listString: par.listString ?? '' },
      search(pattern, options) {
        log.push(['search', pattern, options]);
        const needle = unescapeSearch(pattern);
        const hits = [];
        if (pattern !== hideHits) {
          for (let i = par.text.indexOf(needle); i !== -1 && needle; i = par.text.indexOf(needle, i + needle.length)) hits.push(rangeMock(ctx, par, i, i + needle.length));
        }
        return new Collection(hits, ctx);
      },
      insertText(text, location) {
        log.push(['insertText', text, location, '¶']);
        if (location === 'Start') edit(par, 0, 0, text);
        else if (location === 'End') edit(par, par.text.length, par.text.length, text);
        else throw new Error(`paragraph.insertText(${location}) is not used by the add-in`);
      },
      select(mode) {
        log.push(['select', mode === 'Start' ? '¶start' : '¶', par.text]);
      },
    });
    // Readable without load, as on Office.js proxies.
    mock.listItemOrNullObject.isNullObject = !par.listString;
    if (has('1.7')) {
      mock.insertAnnotations = ({ critiques }) => {
        const ids = critiques.map((c) => {
          const id = `a${model.nextId++}`;
          par.annotations.push({ id, ...c });
          return id;
        });
        log.push(['insertAnnotations', par.text, critiques]);
        return { value: ids };
      };
      mock.getAnnotations = () =>
        new Collection(
          par.annotations.map((a) => {
            const m = new OfficeMockObject({ id: a.id, delete: () => (par.annotations = par.annotations.filter((x) => x !== a)) });
            ctx.track(m);
            return m;
          }),
          ctx,
        );
    }
    ctx.track(mock);
    return mock;
  }

  function newContext() {
    const tracked = [];
    const ctx = { track: (m) => tracked.push(m) };
    const body = new OfficeMockObject({ text: model.body.map((p) => p.text).join('\r') });
    ctx.track(body);
    body.paragraphs = new Collection(model.body.map((p) => paragraphMock(ctx, p)), ctx);
    if (has('1.5')) {
      body.footnotes = new Collection(
        model.notes.map((ps) => {
          const note = new OfficeMockObject({ type: 'Footnote' });
          note.body = { paragraphs: new Collection(ps.map((p) => paragraphMock(ctx, p)), ctx) };
          ctx.track(note);
          return note;
        }),
        ctx,
      );
    }
    const document = { body };
    if (has('1.6')) {
      for (const name of ['onParagraphAdded', 'onParagraphChanged', 'onParagraphDeleted']) {
        document[name] = { add: (h) => (model.handlers.push([name, h]), { remove: () => (model.handlers = model.handlers.filter((x) => x[1] !== h)) }) };
      }
    }
    return {
      document,
      async sync() {
        for (const m of [...tracked]) await m.sync();
        await new Promise((ok) => setImmediate(ok)); // let the mock's nested updates settle
        log.push(['sync']);
      },
    };
  }

  const Word = {
    run: async (cb) => cb(newContext()),
  };
  const Office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name, version) => name === 'WordApi' && has(version) },
      document: {
        settings: {
          get: (key) => model.settings[key] ?? null,
          set: (key, value) => (model.settings[key] = JSON.parse(JSON.stringify(value))),
          saveAsync: (cb) => {
            model.saved++;
            setImmediate(() => cb({ status: 'succeeded' }));
          },
        },
      },
    },
  });
  return { Word, Office, model, log };
}
