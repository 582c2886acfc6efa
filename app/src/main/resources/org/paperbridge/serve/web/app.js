// PaperBridge's web page: plain JavaScript, no build step. Every piece of data reaches the page as
// text nodes (el() below), never as HTML, so a query or an article cannot inject markup. The state
// lives in the URL: /?q=…&facet=dim:value&page=N, /article/{docId}, /upload.
'use strict';

const PAGE_SIZE = 10;
const FACET_NAMES = {
  gene: 'Genes', mirna: 'miRNAs', ncrna: 'ncRNAs', cell: 'Cell types', disease: 'Diseases',
  chemical: 'Chemicals', species: 'Species', keyword: 'Keywords', year: 'Years'
};
const ENTITY_NAMES = {
  gene: 'gene', mirna: 'miRNA', ncrna: 'ncRNA', cell_type: 'cell type', disease: 'disease',
  chemical: 'chemical', species: 'species'
};

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const main = () => document.getElementById('main');

function show(...nodes) {
  main().replaceChildren(...nodes);
}

function errorBox(message) {
  return el('p', { class: 'error', role: 'alert' }, message);
}

/** GETs or POSTs JSON; a refusal becomes an Error carrying the server's one-line message. */
async function api(url, options) {
  const response = await fetch(url, options);
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`HTTP ${response.status}`);
  }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error.message : `HTTP ${response.status}`);
  }
  return { body, response };
}

/** Where an entity id leads: the resource that defines it, or null. */
function entityUrl(db, id) {
  if (!db || !id) return null;
  const local = id.includes(':') ? id.slice(id.indexOf(':') + 1) : id;
  switch (db) {
    case 'HGNC': return 'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/' + encodeURIComponent(id);
    case 'miRBase': return 'https://www.mirbase.org/mature/' + encodeURIComponent(local);
    case 'CL': case 'DOID': case 'CHEBI': case 'ChEBI':
      return 'http://purl.obolibrary.org/obo/' + encodeURIComponent(id.replace(':', '_'));
    case 'NCBITaxon': return 'https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=' + encodeURIComponent(local);
    case 'MESH': case 'MeSH': return 'https://meshb.nlm.nih.gov/record/ui?ui=' + encodeURIComponent(local);
    case 'MGI': return 'https://www.informatics.jax.org/marker/' + encodeURIComponent(id);
    default: return null;
  }
}

/**
 * Text with marked pieces: spans are [start, end) in code points (as the JSON counts them), each
 * turned into a node by make(piece, span); overlapping spans after the first are left out.
 */
function marked(text, spans, make) {
  const chars = Array.from(text || '');
  const out = [];
  let at = 0;
  const normal = spans.map(s => Array.isArray(s) ? { start: s[0], end: s[1] } : s);
  for (const span of normal.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < at || span.end > chars.length || span.end <= span.start) continue;
    if (span.start > at) out.push(chars.slice(at, span.start).join(''));
    out.push(make(chars.slice(span.start, span.end).join(''), span));
    at = span.end;
  }
  if (at < chars.length) out.push(chars.slice(at).join(''));
  return out;
}

function entityNode(piece, e) {
  const url = entityUrl(e.db, e.id);
  const title = [ENTITY_NAMES[e.type] || e.type, e.norm, e.id].filter(Boolean).join(' · ');
  const attrs = { class: 'ent ent-' + e.type, title, 'data-type': e.type, 'data-id': e.id };
  return url ? el('a', { ...attrs, href: url, target: '_blank', rel: 'noopener noreferrer' }, piece)
             : el('span', attrs, piece);
}

// ---------------------------------------------------------------- navigation

function navigate(url) {
  history.pushState(null, '', url);
  render();
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[data-nav]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
    event.preventDefault();
    navigate(link.getAttribute('href'));
  }
});
window.addEventListener('popstate', render);

function searchUrl(state) {
  const p = new URLSearchParams();
  p.set('q', state.q);
  if (state.lang) p.set('lang', state.lang);
  if (state.field) p.set('field', state.field);
  for (const f of state.facets) p.append('facet', f);
  if (state.page > 1) p.set('page', String(state.page));
  return '/?' + p.toString();
}

function stateFromUrl() {
  const p = new URLSearchParams(location.search);
  const page = parseInt(p.get('page') || '1', 10);
  return {
    q: p.get('q') || '', lang: p.get('lang') || '', field: p.get('field') || '',
    facets: p.getAll('facet'), page: Number.isFinite(page) && page > 0 ? page : 1
  };
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('q').value.trim();
  if (!q) return;
  navigate(searchUrl({
    q, lang: document.getElementById('lang').value, field: document.getElementById('field').value,
    facets: [], page: 1
  }));
});

function render() {
  const path = location.pathname;
  if (path.startsWith('/article/')) {
    renderArticlePage(decodeURIComponent(path.slice('/article/'.length)));
  } else if (path === '/upload') {
    renderUpload();
  } else {
    renderSearch(stateFromUrl());
  }
}

// ---------------------------------------------------------------- search

async function renderSearch(state) {
  document.getElementById('q').value = state.q;
  document.getElementById('lang').value = state.lang;
  document.getElementById('field').value = state.field;
  document.title = state.q ? state.q + ' · PaperBridge' : 'PaperBridge';
  if (!state.q) {
    show(el('section', { class: 'welcome' },
      el('h1', {}, 'Search the corpus'),
      el('p', {}, 'Chinese or English, "quoted phrases", AND / OR / NOT, and prefixes such as gene:STAT3, ',
        'cell:macrophage, disease:, year:2020..2024, title:, author:. A word finds its translations: ',
        'liver failure finds 肝衰竭.')));
    return;
  }
  show(el('p', { class: 'status' }, 'Searching…'));
  const p = new URLSearchParams({ q: state.q, facets: 'true', limit: String(PAGE_SIZE),
                                  offset: String((state.page - 1) * PAGE_SIZE) });
  if (state.lang) p.set('lang', state.lang);
  if (state.field) p.set('field', state.field);
  for (const f of state.facets) p.append('facet', f);
  let result;
  try {
    result = (await api('/api/search?' + p.toString())).body;
  } catch (e) {
    show(errorBox(e.message));
    return;
  }
  const atLeast = result.totalsExact ? '' : 'at least ';
  const summary = el('p', { class: 'summary', id: 'summary' },
    `${atLeast}${result.totalArticles} articles, ${atLeast}${result.totalPassages} matching passages`);
  const chips = el('div', { class: 'chips', id: 'active-facets' },
    state.facets.map(f => el('button', {
      class: 'chip', type: 'button', title: 'remove this filter', 'data-facet': f,
      onclick: () => navigate(searchUrl({ ...state, facets: state.facets.filter(x => x !== f), page: 1 }))
    }, f.replace(':', ': '), ' ×')));
  const hits = el('div', { class: 'results', id: 'results' },
    result.articles.length ? result.articles.map(articleHit) : el('p', {}, 'No article matches.'));
  show(summary, el('div', { class: 'layout' }, facetSidebar(result.facets || {}, state),
    el('div', {}, chips, hits, pager(result, state))));
}

function articleHit(hit) {
  const title = hit.titleZh || hit.titleEn || hit.docId;
  return el('article', { class: 'hit', 'data-doc': hit.docId },
    el('h2', {}, el('a', { href: '/article/' + encodeURIComponent(hit.docId), 'data-nav': true, lang: hit.titleZh ? 'zh' : 'en' }, title)),
    hit.titleZh && hit.titleEn ? el('p', { class: 'title-en', lang: 'en' }, hit.titleEn) : null,
    el('p', { class: 'meta' }, [hit.docId, hit.year, hit.doi ? 'doi:' + hit.doi : null].filter(Boolean).join(' · ')),
    hit.passages.map(passage));
}

function passage(p) {
  const where = p.paragraphId
    ? [p.sectionNumber, p.sectionTitle].filter(Boolean).join(' ') || '(untitled section)'
    : p.where;
  const text = p.snippet.text;
  return el('div', { class: 'passage' },
    el('div', { class: 'where' }, where),
    el('div', { class: 'snippet', lang: /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en' },
      marked(text, p.snippet.highlights, piece => el('mark', {}, piece))));
}

function facetSidebar(facets, state) {
  const side = el('aside', { class: 'facets', id: 'facets' });
  for (const [dim, values] of Object.entries(facets)) {
    if (!values || !values.length) continue;
    side.append(el('h3', {}, FACET_NAMES[dim] || dim),
      el('ul', { 'data-dim': dim }, values.map(v => {
        const filter = dim + ':' + v.value;
        const active = state.facets.includes(filter);
        const label = v.name || v.value; // display names, when the search gives them
        return el('li', {}, el('button', {
          type: 'button', class: active ? 'facet active' : 'facet', 'data-facet': filter,
          title: v.id ? v.id : null,
          onclick: () => navigate(searchUrl({
            ...state, page: 1,
            facets: active ? state.facets.filter(x => x !== filter) : [...state.facets, filter]
          }))
        }, el('span', { class: 'label' }, label), el('span', { class: 'count' }, String(v.count))));
      })));
  }
  return side;
}

function pager(result, state) {
  const known = Math.ceil(result.totalArticles / PAGE_SIZE);
  const more = result.articles.length === PAGE_SIZE && !result.totalsExact;
  const last = Math.max(known, state.page + (more ? 1 : 0));
  if (last <= 1) return el('nav', { class: 'pager' });
  const links = [];
  const link = (page, label) => el('a', { href: searchUrl({ ...state, page }), 'data-nav': true, 'data-page': page }, label);
  if (state.page > 1) links.push(link(state.page - 1, '‹ previous'));
  for (let page = Math.max(1, state.page - 4); page <= Math.min(last, state.page + 4); page++) {
    links.push(page === state.page ? el('span', { class: 'current' }, String(page)) : link(page, String(page)));
  }
  if (state.page < last) links.push(link(state.page + 1, 'next ›'));
  return el('nav', { class: 'pager', id: 'pager' }, links);
}

// ---------------------------------------------------------------- article

async function renderArticlePage(docId) {
  show(el('p', { class: 'status' }, 'Loading…'));
  try {
    const article = (await api('/api/articles/' + encodeURIComponent(docId))).body;
    document.title = (article.title.zh || article.title.en || article.id) + ' · PaperBridge';
    show(articleView(article));
  } catch (e) {
    show(errorBox(e.message));
  }
}

function articleView(a) {
  const entitiesAt = new Map();
  for (const e of a.entities || []) {
    if (!entitiesAt.has(e.where)) entitiesAt.set(e.where, []);
    entitiesAt.get(e.where).push(e);
  }
  const at = where => entitiesAt.get(where) || [];
  const citedIn = new Map();
  const view = el('article', { class: 'article', id: 'article', 'data-doc': a.id },
    el('div', { class: 'pair front' },
      el('div', { lang: 'zh' }, el('div', { class: 'lang-label' }, '中文'),
        el('h1', { id: 'title-zh' }, marked(a.title.zh || '', at('title.zh'), entityNode)),
        authorLine(a, 'zh'), affiliationList(a, 'zh')),
      el('div', { lang: 'en' }, el('div', { class: 'lang-label' }, 'English'),
        el('h1', { id: 'title-en' }, marked(a.title.en || '', at('title.en'), entityNode)),
        authorLine(a, 'en'), affiliationList(a, 'en'))),
    abstractView(a, at),
    keywordView(a),
    factsView(a),
    legend(),
    bodyView(a, at, citedIn),
    referencesView(a, citedIn),
    entityTable(a));
  return view;
}

function authorLine(a, lang) {
  const names = (a.authors || []).filter(au => au.name[lang]).map(au => el('span', { class: 'author' },
    au.name[lang], au.affiliations.length ? el('sup', {}, au.affiliations.map(i => i + 1).join(',')) : null,
    au.corresponding ? el('sup', { title: au.email || 'corresponding author' }, '*') : null));
  const line = el('p', { class: 'authors' });
  names.forEach((n, i) => { if (i) line.append(lang === 'zh' ? '，' : ', '); line.append(n); });
  return line;
}

function affiliationList(a, lang) {
  return el('ol', { class: 'affiliations' }, (a.affiliations || []).filter(af => af[lang])
    .map(af => el('li', {}, af[lang])));
}

/** Both abstracts side by side, each sentence linked to its partners: hover one and they light up. */
function abstractView(a, at) {
  const abs = a.abstract || {};
  if (!abs.zh && !abs.en) return null;
  const partners = { zh: new Map(), en: new Map() };
  for (const link of abs.alignment || []) {
    for (const z of link.zh) partners.zh.set(z, link.en);
    for (const e of link.en) partners.en.set(e, link.zh);
  }
  const side = lang => {
    const text = abs[lang];
    const other = lang === 'zh' ? 'en' : 'zh';
    const box = el('div', { lang, class: 'abstract-' + lang, id: 'abstract-' + lang },
      el('div', { class: 'lang-label' }, lang === 'zh' ? '摘要' : 'Abstract'));
    if (!text) return box;
    const chars = Array.from(text.text);
    const entities = at('abstract.' + lang);
    const p = el('p');
    let last = 0;
    text.sentences.forEach((s, i) => {
      const [start, end] = Array.isArray(s) ? s : [s.start, s.end];
      if (start > last) p.append(chars.slice(last, start).join(''));
      const inside = entities.filter(e => e.start >= start && e.end <= end)
        .map(e => ({ ...e, start: e.start - start, end: e.end - start }));
      const linked = partners[lang].has(i);
      const span = el('span', { class: linked ? 'sentence linked' : 'sentence', 'data-lang': lang, 'data-s': i },
        marked(chars.slice(start, end).join(''), inside, entityNode));
      if (linked) {
        const light = on => {
          span.classList.toggle('lit', on);
          for (const j of partners[lang].get(i)) {
            const partner = document.querySelector(`#abstract-${other} .sentence[data-s="${j}"]`);
            if (partner) partner.classList.toggle('lit', on);
          }
        };
        span.addEventListener('mouseenter', () => light(true));
        span.addEventListener('mouseleave', () => light(false));
      }
      p.append(span);
      last = end;
    });
    if (last < chars.length) p.append(chars.slice(last).join(''));
    box.append(p);
    return box;
  };
  return el('section', {}, el('h2', {}, '摘要 · Abstract'), el('div', { class: 'pair abstract' }, side('zh'), side('en')));
}

function keywordView(a) {
  if (!a.keywords || !a.keywords.length) return null;
  return el('section', { class: 'keywords' }, el('h2', {}, '关键词 · Keywords'),
    el('div', { class: 'pair' },
      el('div', { lang: 'zh' }, a.keywords.filter(k => k.zh).map(k => el('span', {}, k.zh))),
      el('div', { lang: 'en' }, a.keywords.filter(k => k.en).map(k => el('span', {}, k.en)))));
}

function factsView(a) {
  const facts = [];
  const add = (label, value) => { if (value) facts.push(el('dt', {}, label), el('dd', {}, value)); };
  const doi = a.identifiers && a.identifiers.doi;
  add('DOI', doi ? el('a', { href: 'https://doi.org/' + encodeURI(doi), target: '_blank', rel: 'noopener noreferrer' }, doi) : null);
  add('CLC', a.identifiers && a.identifiers.clc && a.identifiers.clc.join('; '));
  for (const k of ['received', 'revised', 'accepted', 'published']) add(k, a.dates && a.dates[k]);
  add('funding', (a.funding || []).map(f => f.funder + (f.grant ? ' ' + f.grant : '')).join('; '));
  add('source', a.source && `${a.source.path} (${a.source.format})`);
  add('id', a.id);
  return el('dl', { class: 'facts' }, facts);
}

function legend() {
  return el('p', { class: 'legend' }, Object.entries(ENTITY_NAMES)
    .map(([type, name]) => el('span', { class: 'ent ent-' + type }, name)));
}

function sectionsOf(sections, out) {
  for (const s of sections || []) {
    out.push(s);
    sectionsOf(s.sections, out);
  }
  return out;
}

function bodyView(a, at, citedIn) {
  const toc = sections => el('ul', {}, (sections || []).map(s => el('li', {},
    el('a', { href: '#sec-' + s.id }, [s.number, s.title].filter(Boolean).join(' ') || '(untitled)'),
    s.sections && s.sections.length ? toc(s.sections) : null)));
  const body = el('div', { class: 'body' });
  for (const s of sectionsOf(a.sections, [])) {
    const level = Math.min(5, 2 + (s.level || 1));
    const box = el('section', { class: 'section', id: 'sec-' + s.id },
      s.number || s.title ? el('h' + level, {}, [s.number, s.title].filter(Boolean).join(' ')) : null);
    for (const p of s.paragraphs) {
      const spans = at(p.id).map(e => ({ ...e, kind: 'entity' }))
        .concat((p.citations || []).map(c => ({ ...c, kind: 'cite' })));
      for (const c of p.citations || []) {
        for (const n of c.refs) {
          if (!citedIn.has(n)) citedIn.set(n, []);
          if (!citedIn.get(n).includes(p.id)) citedIn.get(n).push(p.id);
        }
      }
      box.append(el('p', { class: 'paragraph', id: 'para-' + p.id, lang: 'zh' },
        marked(p.text, spans, (piece, span) => span.kind === 'cite'
          ? el('a', { class: 'cite', href: '#ref-' + span.refs[0], title: 'reference ' + span.refs.join(', ') }, piece)
          : entityNode(piece, span))));
    }
    body.append(box);
  }
  return el('section', {}, el('h2', {}, '正文 · Sections'),
    el('div', { class: 'body-layout' }, el('nav', { class: 'toc', id: 'toc' }, toc(a.sections)), body));
}

function referencesView(a, citedIn) {
  if (!a.references || !a.references.length) return null;
  return el('section', {}, el('h2', {}, '参考文献 · References'),
    el('ol', { class: 'references', id: 'references' }, a.references.map(r => el('li', { id: 'ref-' + r.n, value: r.n },
      r.raw,
      r.doi ? [' ', el('a', { href: 'https://doi.org/' + encodeURI(r.doi), target: '_blank', rel: 'noopener noreferrer' }, 'doi')] : null,
      citedIn.has(r.n) ? el('div', { class: 'cited-in' }, 'cited in ',
        citedIn.get(r.n).map((pid, i) => [i ? ', ' : '', el('a', { href: '#para-' + pid }, pid)])) : null))));
}

function entityTable(a) {
  const seen = new Map();
  for (const e of a.entities || []) {
    const key = e.type + '\u0000' + (e.id || e.norm || e.text);
    if (!seen.has(key)) seen.set(key, { ...e, count: 0, texts: new Set() });
    seen.get(key).count++;
    seen.get(key).texts.add(e.text);
  }
  if (!seen.size) return null;
  const rows = [...seen.values()].sort((x, y) => x.type.localeCompare(y.type) || y.count - x.count);
  return el('section', {}, el('h2', {}, '实体 · Entities'),
    el('table', { class: 'entity-table', id: 'entities' },
      el('thead', {}, el('tr', {}, ['type', 'name', 'id', 'as written', 'mentions'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(e => {
        const url = entityUrl(e.db, e.id);
        return el('tr', {},
          el('td', {}, el('span', { class: 'ent ent-' + e.type }, ENTITY_NAMES[e.type] || e.type)),
          el('td', {}, e.norm || ''),
          el('td', {}, e.id ? (url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'entity-id' }, e.id) : e.id) : ''),
          el('td', {}, [...e.texts].join(' · ')),
          el('td', {}, String(e.count)));
      }))));
}

// ---------------------------------------------------------------- upload

function renderUpload() {
  document.title = 'Process a file · PaperBridge';
  const status = el('p', { class: 'status', id: 'upload-status' });
  const result = el('div', { id: 'upload-result' });
  const file = el('input', { type: 'file', name: 'file', id: 'file', required: true });
  const toIndex = el('input', { type: 'checkbox', name: 'index', id: 'to-index' });
  const form = el('form', { id: 'upload-form' }, file,
    el('label', {}, toIndex, ' add it to the index'),
    el('button', { type: 'submit', id: 'upload-button' }, 'Process'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files.length) return;
    const data = new FormData();
    data.append('file', file.files[0]);
    status.textContent = 'Processing ' + file.files[0].name + '…';
    result.replaceChildren();
    try {
      const { body, response } = await api('/api/process' + (toIndex.checked ? '?index=true' : ''), { method: 'POST', body: data });
      const indexed = response.headers.get('X-PaperBridge-Indexed');
      status.replaceChildren('Processed ' + file.files[0].name + ' into article ', 
        indexed === 'added' || indexed === 'present'
          ? el('a', { href: '/article/' + encodeURIComponent(body.id), 'data-nav': true }, body.id) : body.id,
        indexed === 'added' ? ' (added to the index)' : indexed === 'present' ? ' (the index holds it already)' : '');
      result.replaceChildren(articleView(body));
    } catch (e) {
      status.replaceChildren(errorBox(e.message));
    }
  });
  show(el('section', { class: 'upload' }, el('h1', {}, 'Process a file'),
    el('p', {}, 'PDF, DOCX, HTML, plain text, Markdown or MinerU JSON; processed under the batch\'s limits.'),
    form, status, result));
}

render();
