// The clerk's page: plain JavaScript over the desk's API, in French or English.
// #/ lists the initiatives; #/initiatives/ID shows one, with the operations its status allows.
'use strict';

const TEXTS = {
  en: {
    desk: 'Town desk', skip: 'Skip to content', initiatives: 'Initiatives', id: 'Id', title: 'Title', kind: 'Kind',
    status: 'Status', territory: 'Territory', version: 'Version', none: 'No initiative yet.',
    timeline: 'Timeline', when: 'When', who: 'Who', what: 'What', why: 'Why', noEvent: 'No event yet: a draft.',
    convention: 'Convention', noConvention: 'No convention drafted.', commitments: 'Commitments', side: 'Side',
    responsible: 'Responsible', description: 'Description', due: 'Due', signatures: 'Signatures', noSignature: 'Not signed yet.',
    plan: 'Involvement, planned and practised', phase: 'Phase', planned: 'planned', practised: 'practised',
    fallsShort: 'practice fell short of the plan', next: 'Next operations', noNext: 'No operation: the initiative has ended.',
    by: 'By', at: 'At (UTC)', reason: 'Reason', sideField: 'Side signing', signer: 'Signer', town: 'town', applicants: 'applicants',
    refused: 'Refused', rule: 'Rule', where: 'Where', message: 'Message', done: 'Done: the initiative is now at version',
    back: 'All initiatives', error: 'The desk did not answer as expected', from: 'from', to: 'to',
    reference: 'Reference', startDate: 'First day', endDate: 'Last day', townParty: 'Town', commitment: 'Commitment',
    commitmentId: 'Commitment id', kindField: 'Kind', dueDate: 'Due date (optional)', amount: 'Quantity (optional)', unit: 'Unit',
    addCommitment: 'Add a commitment', removeCommitment: 'Remove this commitment', newStatus: 'New status', on: 'On',
    activityId: 'Activity id', activityTitle: 'Title', heldOn: 'Held on', phaseField: 'Phase', level: 'Level practised',
    participants: 'Participants (optional)'
  },
  fr: {
    desk: 'Guichet de la mairie', skip: 'Aller au contenu', initiatives: 'Initiatives', id: 'Identifiant', title: 'Titre',
    kind: 'Type', status: 'Statut', territory: 'Territoire', version: 'Version', none: 'Aucune initiative pour l\u2019instant.',
    timeline: 'Chronologie', when: 'Quand', who: 'Qui', what: 'Quoi', why: 'Pourquoi', noEvent: 'Aucun événement : un brouillon.',
    convention: 'Convention', noConvention: 'Aucune convention rédigée.', commitments: 'Engagements', side: 'Partie',
    responsible: 'Responsable', description: 'Description', due: 'Échéance', signatures: 'Signatures', noSignature: 'Pas encore signée.',
    plan: 'Implication, prévue et pratiquée', phase: 'Phase', planned: 'prévu', practised: 'pratiqué',
    fallsShort: 'la pratique n\u2019a pas atteint le niveau prévu', next: 'Opérations possibles',
    noNext: 'Aucune opération : l\u2019initiative est terminée.', by: 'Par', at: 'Le (UTC)', reason: 'Motif', sideField: 'Partie qui signe',
    signer: 'Signataire', town: 'commune', applicants: 'porteurs de projet', refused: 'Refusé', rule: 'Règle', where: 'Où',
    message: 'Message', done: 'Fait : l\u2019initiative est maintenant à la version', back: 'Toutes les initiatives',
    error: 'Le guichet n\u2019a pas répondu comme prévu', from: 'du', to: 'au',
    reference: 'Référence', startDate: 'Premier jour', endDate: 'Dernier jour', townParty: 'Commune', commitment: 'Engagement',
    commitmentId: 'Identifiant de l\u2019engagement', kindField: 'Type', dueDate: 'Échéance (facultative)',
    amount: 'Quantité (facultative)', unit: 'Unité', addCommitment: 'Ajouter un engagement', removeCommitment: 'Retirer cet engagement',
    newStatus: 'Nouveau statut', on: 'Le', activityId: 'Identifiant de l\u2019activité', activityTitle: 'Intitulé',
    heldOn: 'Tenue le', phaseField: 'Phase', level: 'Niveau pratiqué', participants: 'Participants (facultatif)'
  }
};

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'fr' || (!params.get('lang') && navigator.language.startsWith('fr')) ? 'fr' : 'en';
const t = key => TEXTS[lang][key];
const main = () => document.getElementById('main');

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

async function call(method, path, body, etag) {
  const headers = { 'Accept-Language': lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (etag) headers['If-Match'] = etag;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json() : null;
  return { status: response.status, etag: response.headers.get('ETag'), json };
}

function table(caption, headers, rows) {
  return el('table', {}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

function show(title, ...content) {
  const container = main();
  container.replaceChildren(el('h1', { id: 'page-title' }, title), ...content.flat());
  container.focus();
}

async function list() {
  const reply = await call('GET', '/initiatives');
  if (reply.status !== 200) return failure(reply);
  const rows = reply.json.map(i => el('tr', {},
    el('td', {}, el('a', { href: '#/initiatives/' + encodeURIComponent(i.id) }, i.title)),
    el('td', {}, i.id), el('td', {}, i.kind), el('td', {}, i.status), el('td', {}, i.territory)));
  show(t('initiatives'), rows.length ? table(t('initiatives'), [t('title'), t('id'), t('kind'), t('status'), t('territory')], rows)
    : el('p', {}, t('none')));
}

function ladder(overview) {
  const head = [t('phase'), ...overview.phases.map(p => p.label)];
  const rows = [...overview.ladder].reverse().map(rung => el('tr', {},
    el('th', { scope: 'row' }, rung.label),
    overview.phases.map(phase => {
      const marks = [];
      if (phase.planned === rung.rank) marks.push(el('span', { class: 'planned', title: t('planned') }), el('span', { class: 'sr-only' }, t('planned')), ' ');
      if (phase.practised === rung.rank) marks.push(el('span', { class: 'practised', title: t('practised') }), el('span', { class: 'sr-only' }, t('practised')));
      return el('td', {}, marks);
    })));
  const shortfalls = overview.phases.filter(p => p.fallsShort).map(p => el('li', { class: 'short' }, p.label + ' : ' + t('fallsShort')));
  return [el('table', { class: 'ladder' }, el('caption', {}, t('plan') + ' (\u25fb ' + t('planned') + ', \u25cf ' + t('practised') + ')'),
    el('thead', {}, el('tr', {}, head.map(h => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)),
    shortfalls.length ? el('ul', {}, shortfalls) : ''];
}

function field(id, label, input) {
  input.id = id;
  return [el('label', { for: id }, label), input];
}

function actorSelect(actors) {
  return el('select', { required: '' }, actors.map((a, i) => el('option', { value: String(i) }, a.name + ' (' + a.kind + ')')));
}

function choiceSelect(choices, selected) {
  return el('select', { required: '' }, choices.map(c => {
    const option = el('option', { value: c.code }, c.label);
    if (c.code === selected) option.selected = true;
    return option;
  }));
}

const today = () => new Date().toISOString().slice(0, 10);

// A form per operation the status allows: its fields labelled, its body built as the API reads it.
function operationForm(overview, next, etag, id) {
  const prefix = 'op-' + next.operation;
  const title = el('h3', { id: prefix + '-title' }, next.label);
  const builders = { convention: conventionFields, commitment: commitmentFields, activity: activityFields };
  const fields = (builders[next.body] || moveFields)(overview, next, prefix);
  const form = el('form', { 'aria-labelledby': prefix + '-title' }, title, fields.parts,
    el('button', { type: 'submit', id: prefix + '-submit' }, next.label));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    // A refusal shown for an earlier try goes at once, so that what is shown next is this try's answer.
    outcome().replaceChildren();
    const reply = await call('POST', '/initiatives/' + encodeURIComponent(id) + '/' + next.operation, fields.body(), etag);
    if (reply.status === 200) {
      await initiative(id, el('p', { class: 'done', role: 'status' }, t('done') + ' ' + reply.etag.replaceAll('"', '') + '.'));
    } else {
      outcome().replaceChildren(refusal(reply));
      outcome().focus();
    }
  });
  return form;
}

// A move, a decision or a signature: who, when, why.
function moveFields(overview, next, prefix) {
  const by = actorSelect(overview.actors);
  const at = el('input', { type: 'datetime-local', required: '', value: new Date().toISOString().slice(0, 16) });
  const reason = el('input', { type: 'text', required: '' });
  const parts = [...field(prefix + '-by', next.body === 'signature' ? t('signer') : t('by'), by), ...field(prefix + '-at', t('at'), at)];
  let side;
  if (next.body === 'signature') {
    side = el('select', {}, el('option', { value: 'town' }, t('town')), el('option', { value: 'applicants' }, t('applicants')));
    parts.push(...field(prefix + '-side', t('sideField'), side));
  }
  parts.push(...field(prefix + '-reason', t('reason'), reason));
  return { parts, body: () => {
    const actor = overview.actors[Number(by.value)];
    const instant = new Date(at.value + 'Z').toISOString().replace('.000Z', 'Z');
    if (next.body === 'decision') return { decidedBy: actor, decidedAt: instant, outcome: next.outcome, reasons: [reason.value] };
    if (next.body === 'signature') return { signature: { side: side.value, signer: actor, date: instant.slice(0, 10) }, at: instant, reason: reason.value };
    return { by: actor, at: instant, reason: reason.value };
  } };
}

// The convention: its reference and dates, and the commitments of both sides (one of each to begin with).
function conventionFields(overview, next, prefix) {
  const reference = el('input', { type: 'text', required: '' });
  const from = el('input', { type: 'date', required: '', value: today() });
  const to = el('input', { type: 'date', required: '' });
  const list = el('div', { id: prefix + '-commitments' });
  const rows = [];
  let count = 0;
  const parties = [overview.town, ...overview.actors.filter(a => a.id !== overview.town.id)];
  function addCommitment(side) {
    const n = count++;
    const p = prefix + '-c' + n;
    const row = {
      id: el('input', { type: 'text', required: '' }), side: choiceSelect(overview.choices.side, side),
      responsible: el('select', { required: '' }, parties.map((a, i) => el('option', { value: String(i) }, a.name + ' (' + a.kind + ')'))),
      kind: choiceSelect(overview.choices.commitmentKind, side === 'town' ? 'supplies' : 'realisation'),
      description: el('input', { type: 'text', required: '' }), due: el('input', { type: 'date' }),
      amount: el('input', { type: 'number', min: '0', step: 'any' }), unit: choiceSelect(overview.choices.unit, 'euros')
    };
    if (side !== 'town' && parties.length > 1) row.responsible.value = '1';
    const remove = el('button', { type: 'button', id: p + '-remove' }, t('removeCommitment'));
    const set = el('fieldset', { id: p }, el('legend', {}, t('commitment') + ' ' + (n + 1)),
      ...field(p + '-id', t('commitmentId'), row.id), ...field(p + '-side', t('side'), row.side),
      ...field(p + '-responsible', t('responsible'), row.responsible), ...field(p + '-kind', t('kindField'), row.kind),
      ...field(p + '-description', t('description'), row.description), ...field(p + '-due', t('dueDate'), row.due),
      ...field(p + '-amount', t('amount'), row.amount), ...field(p + '-unit', t('unit'), row.unit), remove);
    remove.addEventListener('click', () => { rows.splice(rows.indexOf(row), 1); set.remove(); });
    rows.push(row);
    list.append(set);
  }
  addCommitment('town');
  addCommitment('applicants');
  const add = el('button', { type: 'button', id: prefix + '-add' }, t('addCommitment'));
  add.addEventListener('click', () => addCommitment('applicants'));
  const parts = [el('p', {}, t('townParty') + ' : ' + overview.town.name), ...field(prefix + '-reference', t('reference'), reference),
    ...field(prefix + '-from', t('startDate'), from), ...field(prefix + '-to', t('endDate'), to), list, add];
  return { parts, body: () => ({
    reference: reference.value, town: overview.town, startDate: from.value, endDate: to.value, signatures: [],
    commitments: rows.map(r => {
      const commitment = { id: r.id.value, side: r.side.value, responsible: parties[Number(r.responsible.value)], kind: r.kind.value,
        description: r.description.value, status: 'planned', history: [] };
      if (r.due.value) commitment.dueDate = r.due.value;
      if (r.amount.value) commitment.quantity = { amount: Number(r.amount.value), unit: r.unit.value };
      return commitment;
    })
  }) };
}

// A commitment's new status, on a day, for a reason.
function commitmentFields(overview, next, prefix) {
  const commitment = el('select', { required: '' }, overview.convention.commitments.map(m =>
    el('option', { value: m.id }, m.id + ' \u2014 ' + m.description + ' (' + m.status + ')')));
  const status = choiceSelect(overview.choices.commitmentStatus, 'fulfilled');
  const on = el('input', { type: 'date', required: '', value: today() });
  const reason = el('input', { type: 'text', required: '' });
  return { parts: [...field(prefix + '-commitment', t('commitment'), commitment), ...field(prefix + '-status', t('newStatus'), status),
    ...field(prefix + '-on', t('on'), on), ...field(prefix + '-reason', t('reason'), reason)],
  body: () => ({ commitmentId: commitment.value, status: status.value, on: on.value, reason: reason.value }) };
}

// A participation activity that took place, with the level of the ladder it practised.
function activityFields(overview, next, prefix) {
  const id = el('input', { type: 'text', required: '' });
  const kind = choiceSelect(overview.choices.activityKind);
  const title = el('input', { type: 'text', required: '' });
  const heldOn = el('input', { type: 'date', required: '', value: today() });
  const phase = choiceSelect(overview.choices.phase);
  const level = choiceSelect(overview.choices.level);
  const participants = el('input', { type: 'number', min: '0', step: '1' });
  return { parts: [...field(prefix + '-id', t('activityId'), id), ...field(prefix + '-kind', t('kindField'), kind),
    ...field(prefix + '-activity-title', t('activityTitle'), title), ...field(prefix + '-held-on', t('heldOn'), heldOn),
    ...field(prefix + '-phase', t('phaseField'), phase), ...field(prefix + '-level', t('level'), level),
    ...field(prefix + '-participants', t('participants'), participants)],
  body: () => {
    const activity = { id: id.value, kind: kind.value, title: title.value, heldOn: heldOn.value, phase: phase.value, level: level.value };
    if (participants.value) activity.participants = Number(participants.value);
    return activity;
  } };
}

function outcome() {
  return document.getElementById('outcome');
}

function refusal(reply) {
  const problem = reply.json || {};
  const rows = (problem.violations || []).map(v => el('tr', {},
    el('td', {}, v.ruleId ? v.ruleId + (v.rule ? ' \u2014 ' + v.rule : '') : ''), el('td', {}, v.pointer || ''), el('td', {}, v.message)));
  return el('div', { class: 'refusal', id: 'refusal' },
    el('h3', {}, t('refused') + ' : ' + (problem.title || reply.status)),
    rows.length ? table(problem.title || '', [t('rule'), t('where'), t('message')], rows) : el('p', {}, problem.detail || ''));
}

function failure(reply) {
  show(t('error'), el('p', { role: 'alert' }, (reply.json && (reply.json.detail || reply.json.title)) || String(reply.status)));
}

async function initiative(id, notice) {
  const [overviewReply, documentReply] = await Promise.all([
    call('GET', '/initiatives/' + encodeURIComponent(id) + '/overview'), call('GET', '/initiatives/' + encodeURIComponent(id))]);
  if (overviewReply.status !== 200) return failure(overviewReply);
  const o = overviewReply.json;
  const etag = documentReply.etag;
  const events = o.timeline.map(e => el('tr', {}, el('td', {}, e.at), el('td', {}, e.who), el('td', {}, e.transition + ' \u2192 ' + e.to), el('td', {}, e.why)));
  const c = o.convention;
  const conventionPart = c.reference ? [
    el('p', {}, c.reference + ', ' + t('from') + ' ' + c.from + ' ' + t('to') + ' ' + c.to),
    table(t('commitments'), [t('id'), t('side'), t('responsible'), t('description'), t('due'), t('status')],
      c.commitments.map(m => el('tr', {}, el('td', {}, m.id), el('td', {}, m.side), el('td', {}, m.responsible),
        el('td', {}, m.description), el('td', {}, m.due), el('td', {}, m.status)))),
    el('h3', {}, t('signatures')),
    c.signatures.length ? el('ul', {}, c.signatures.map(s => el('li', {}, s))) : el('p', {}, t('noSignature'))
  ] : [el('p', {}, t('noConvention'))];
  show(o.title,
    el('p', {}, el('a', { href: '#/' }, t('back'))),
    notice || '',
    el('p', { id: 'summary' }, o.kind + ' \u2014 ' + t('status') + ' : ', el('strong', { id: 'status' }, o.statusLabel),
      ' \u2014 ' + t('version') + ' ' + o.version),
    el('h2', {}, t('timeline')),
    events.length ? table(t('timeline'), [t('when'), t('who'), t('what'), t('why')], events) : el('p', {}, t('noEvent')),
    el('h2', {}, t('convention')), ...conventionPart,
    el('h2', {}, t('plan')), ...ladder(o),
    el('h2', {}, t('next')),
    el('div', { id: 'outcome', tabindex: '-1', 'aria-live': 'assertive' }),
    o.next.length ? o.next.map(n => operationForm(o, n, etag, id)) : el('p', {}, t('noNext')));
}

function route() {
  const match = location.hash.match(/^#\/initiatives\/(.+)$/);
  (match ? initiative(decodeURIComponent(match[1])) : list()).catch(error => show(t('error'), el('p', { role: 'alert' }, String(error))));
}

document.documentElement.lang = lang;
document.title = t('desk');
window.addEventListener('DOMContentLoaded', () => {
  document.getElementById('home').textContent = t('desk');
  document.querySelector('.skip').textContent = t('skip');
  ['fr', 'en'].forEach(code => { document.getElementById('lang-' + code).href = '?lang=' + code + location.hash; });
  route();
});
window.addEventListener('hashchange', route);
